"""A rest ("the remaining 15", «остальные 28», "qalan 28 nəfər") is the rest of a whole: the
one whose parts, with the counts after it and the rest, add up to it exactly; those counts are
its parts too. A rest with no verb of its own is still what its whole was. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "rest"),
    [
        ("Gunmen seized 90 people in Tarvel. Fifty of them were freed in a swap. "
         "Another 25 died in captivity, among them four women. The remaining 15 are still "
         "missing.", "en", "missing"),
        # The fate of the rest of the taken kept back: test_russian_fate_of_the_rest_of_the_taken,
        # test_azerbaijani_fate_of_the_rest_of_the_taken.
        ("Боевики взяли в заложники 90 жителей Горелок. Позднее 50 из них были освобождены в "
         "ходе обмена. Ещё 25 человек умерли в плену, среди них 4 женщины. Судьба остальных 15 "
         "неизвестна.", "ru", "disappeared"),
        ("Dəstə Qayalı kəndində 90 nəfəri girov götürüb. Onlardan 50-si sonra mübadilə yolu ilə "
         "azad edilib. Daha 25 nəfər əsirlikdə ölüb; ölənlərin 4-ü qadındır. Qalan 15 "
         "nəfərin taleyi məlum deyil.", "az", "disappeared"),
    ],
)  # fmt: skip
def test_the_rest_belongs_to_the_whole_its_parts_add_up_to(text, language, rest):
    assert _read(text, language) == [
        ("captured", "all", 90, None),
        ("released", "all", 50, 0),
        ("killed", "all", 25, 0),
        ("killed", "women", 4, 2),
        (rest, "all", 15, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Forty bodies were exhumed at the pit. Twelve have been identified so far; the "
         "remaining 28 are kept at the morgue.", "en"),
        ("Из оврага у деревни Лесняки извлечены тела 40 человек. На сегодня опознаны 12. "
         "Остальные 28 хранятся в морге.", "ru"),
        ("Xəndəkdən 40 nəfərin meyiti çıxarılıb. İndiyədək 12 nəfərin şəxsiyyəti müəyyən "
         "edilib. Qalan 28 nəfərin meyiti morqda saxlanılır.", "az"),
    ],
)  # fmt: skip
def test_a_rest_with_no_verb_of_its_own_is_what_its_whole_was(text, language):
    assert _read(text, language) == [
        ("found_dead", "all", 40, None),
        ("identified", "all", 12, 0),
        ("found_dead", "all", 28, 0),
    ]


def test_a_rest_spoken_of_after_a_preposition_is_no_figure():
    text = (
        "Police held 20 students. Twelve of them were beaten, and the treatment of the "
        "remaining eight was found to be harsh."
    )
    assert _read(text, "en") == [
        ("detained", "students", 20, None),
        ("tortured", "students", 12, 0),
    ]


def test_the_count_before_the_rest_is_not_its_whole():
    # The rest of the hostages, not of those released: no whole is counted here.
    text = "Nine hostages were released on Monday; the remaining four are still held."
    claims = _read(text, "en")
    assert ("released", "all", 9, None) in claims
    assert all(parent is None for *_, parent in claims)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Боевики взяли в заложники 30 жителей Лугового. Двадцать из них освобождены в мае, "
         "ещё 10 умерли в плену.", "ru"),
        ("Silahlı dəstə Çəmənli kəndinin 30 sakinini girov götürüb. Onlardan 20-si may ayında "
         "azad edilib, daha 10 nəfər əsirlikdə ölüb.", "az"),
    ],
)  # fmt: skip
def test_another_count_that_completes_the_whole_is_its_rest(text, language):
    assert _read(text, language) == [
        ("captured", "all", 30, None),
        ("released", "all", 20, 0),
        ("killed", "all", 10, 0),
    ]


def test_another_count_that_does_not_complete_a_whole_stands_apart():
    text = "В Луговом погибли 30 человек, в том числе 20 женщин. Ещё 14 человек ранены."
    assert _read(text, "ru") == [
        ("killed", "all", 30, None),
        ("killed", "women", 20, 0),
        ("injured", "all", 14, None),
    ]
