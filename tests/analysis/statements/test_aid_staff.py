"""Staff counted in a humanitarian organisation's statement are aid workers ("two of our staff",
«двое наших сотрудников», "təşkilatın 3 əməkdaşı"), and so is a count after theirs whose noun
is left out, and a zero said of them ("none of our staff was hurt"); staff of a factory, or
named as the police's or a prison's, are not.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The humanitarian agency Lumen said four of its staff were killed and 6 injured.", "en"),
        ("Red Cross: four staff members were killed on Monday and six more were wounded.", "en"),
        ("Гуманитарный фонд «Опора»: четверо наших сотрудников погибли, ещё шестеро ранены.", "ru"),
        ("Humanitar təşkilatın 4 əməkdaşı həlak olub, daha 6 əməkdaşı yaralanıb.", "az"),
    ],
)
def test_staff_of_a_humanitarian_body_are_aid_workers(text, language):
    assert _read(text, language) == [
        ("killed", "aid workers", 4),
        ("injured", "aid workers", 6),
    ]


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("The textile factory said four of its staff were killed.", "en", "all"),
        ("The humanitarian agency said 4 staff of the prison were killed.", "en", "all"),
        (
            "Гуманитарная миссия сообщает: четверо сотрудников полиции погибли.",
            "ru",
            "police officers",
        ),
        ("Zavodun 4 əməkdaşı həlak olub.", "az", "all"),
    ],
)
def test_other_staff_keep_their_group(text, language, subgroup):
    assert _read(text, language) == [("killed", subgroup, 4)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The humanitarian agency Lumen: a mortar hit our depot; none of our staff was hurt.",
            "en",
            [("injured", "aid workers", 0)],
        ),
        (
            "Гуманитарная миссия «Опора»: среди наших сотрудников и волонтёров никто не погиб "
            "и не ранен.",
            "ru",
            [("killed", "aid workers", 0), ("injured", "aid workers", 0)],
        ),
        (
            "Humanitar missiya: anbarımıza mina düşüb, missiya əməkdaşlarından heç kim "
            "həlak olmayıb.",
            "az",
            [("killed", "aid workers", 0)],
        ),
        (
            "The humanitarian agency Lumen: no one was killed, our staff said.",
            "en",
            [("killed", "all", 0)],
        ),
    ],
)
def test_a_zero_said_of_the_staff_is_of_aid_workers(text, language, expected):
    assert _read(text, language) == expected


def test_one_member_of_our_staff_counts_one():
    text = "Humanitar missiya: konvoyumuz atəşə tutulub, bir əməkdaşımız yaralanıb."
    assert _read(text, "az") == [("injured", "aid workers", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anbar atəşə tutulub. Humanitar təşkilatın əməkdaşları arasında ölən və ya "
            "yaralanan yoxdur.",
            [("killed", "aid workers", 0), ("injured", "aid workers", 0)],
        ),
        # Staff named as a prison's are another employer's, among them or not.
        (
            "Humanitar konvoy keçib. Həbsxana əməkdaşları arasında yaralanan yoxdur.",
            [("injured", "all", 0)],
        ),
        # Staff of the UN are not named as a humanitarian body's.
        (
            "Humanitar konvoy keçib. BMT əməkdaşları arasında yaralanan yoxdur.",
            [("injured", "all", 0)],
        ),
        # Residents among whom none was hurt are no staff.
        (
            "Humanitar konvoy keçib. Kənd sakinləri arasında yaralanan yoxdur.",
            [("injured", "all", 0)],
        ),
    ],
)
def test_none_among_the_staff_before_arasinda(text, expected):
    assert _read(text, "az") == expected
