"""Persons found or not: those whose remains were never found are missing ("The remains of
nine of the victims have never been found", «Останки девяти из погибших так и не найдены»,
"Onlardan 9-nun qalıqları tapılmayıb"), a part of the killed they are counted among; persons
found alive are no figure and take no fate from their whole ("611 have been located alive",
«найдены живыми», "sağ tapılıb"), though the parts beside them do ("…, and the remains of 204
have been recovered"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Militia fighters killed 40 men at the quarry. The remains of 11 of them have never been "
         "found.", "en"),
        ("У карьера расстреляны 40 мужчин. Останки одиннадцати из них так и не найдены.", "ru"),
        ("Karxanada 40 kişi güllələnib. Onlardan 11-nin qalıqları hələ də tapılmayıb.", "az"),
    ],
)  # fmt: skip
def test_the_killed_whose_remains_were_never_found_are_missing(text, language):
    assert figures(text, language) == [("killed", 40, None), ("missing", 11, 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven fishermen have still not been found.", "en"),
        ("Одиннадцать рыбаков до сих пор не найдены.", "ru"),
        ("On bir balıqçı hələ də tapılmayıb.", "az"),
    ],
)
def test_persons_not_found_are_missing(text, language):
    assert figures(text, language) == [("missing", 11, None)]


def test_the_remains_of_missing_persons_identified_are_not_missing():
    text = "Since 2010 the remains of 950 missing persons have been identified."
    assert figures(text, "en") == [("identified", 950, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Society is tracing 900 missing persons. Of those persons, 300 have been found "
         "alive, and the remains of 45 have been recovered.", "en"),
        ("Общество разыскивает 900 пропавших без вести. Из этих людей 300 найдены живыми, а "
         "останки 45 человек обнаружены.", "ru"),
    ],
)  # fmt: skip
def test_found_alive_is_no_figure_and_the_part_beside_it_still_is(text, language):
    assert figures(text, language) == [("missing", 900, None), ("found_dead", 45, 0)]


def test_found_alive_in_azerbaijani_is_no_figure():
    text = "900 nəfər itkin düşüb. Bu şəxslərdən 300 nəfəri sağ tapılıb."
    assert figures(text, "az") == [("missing", 900, None)]


def test_a_part_joined_to_a_part_of_a_whole_named_again():
    text = (
        "The report documents 80 enforced disappearances. Of the 80, 25 were later freed, "
        "most after weeks in secret detention, and the bodies of seven were found in a ravine."
    )
    assert figures(text, "en") == [
        ("disappeared", 80, None),
        ("released", 25, 0),
        ("found_dead", 7, 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пропавшими числятся 500 человек. Из числа пропавших 40 найдены живыми, ещё 12 — погибшими.",
            [("missing", 500, None), ("found_dead", 12, 0)],
        ),
        (
            "Пропавшими числятся 500 человек. В мае 12 разыскиваемых найдены погибшими, ещё 40 — живыми.",
            [("missing", 500, None), ("found_dead", 12, None)],
        ),
    ],
)
def test_a_russian_verb_left_out_before_a_dash_with_the_word_after_it(text, expected):
    assert figures(text, "ru") == expected
