"""A figure's value at an earlier moment, told in a clause of its own after the figure's ("…; a
week before it had been 31", «…, а неделей ранее — 31», "…, bir həftə əvvəl isə 31 nəfər idi"),
is a figure of its own with no parent; «31 месяцем ранее» counts no months. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelters in Valmora held 2,740 displaced people on Monday; a week before, 3,115.", "en"),
        ("Shelters in Valmora held 2,740 displaced people; a week before it had been 3,115.", "en"),
        ("Приюты Вальморы приняли 2 740 переселенцев, а неделей ранее — 3 115.", "ru"),
        ("Приюты Вальморы приняли 2 740 переселенцев; неделей раньше их было 3 115.", "ru"),
        ("Valmora sığınacaqlarında 2.740 məcburi köçkün qalır, bir həftə əvvəl isə 3.115.", "az"),
    ],
)
def test_the_earlier_moments_figure_is_a_claim_of_its_own(text, language):
    assert claim_fields(text, language, _FIELDS) == [
        ("displaced", "all", 2740, None),
        ("displaced", "all", 3115, None),
    ]


def test_a_russian_unit_of_time_before_a_comparative_counts_nothing():
    text = "В Лесогорске погибли 19 человек против 11 месяцем ранее."
    assert claim_fields(text, "ru", _FIELDS) == [
        ("killed", "all", 19, None),
        ("killed", "all", 11, None),
    ]


def test_a_later_clause_with_its_own_act_is_no_earlier_value():
    text = "Guards held 58 inmates on Sunday; two days earlier, 9 were released."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 58, None),
        ("released", "all", 9, 0),
    ]


def test_a_number_of_things_after_an_earlier_moment_is_no_earlier_value():
    text = "Shelters in Valmora held 2,740 displaced people; a week before, 12 tents were put up."
    assert claim_fields(text, "en", _FIELDS) == [("displaced", "all", 2740, None)]


def test_a_russian_earlier_count_in_a_sentence_of_its_own():
    text = "В приютах Вальморы сейчас 2 740 переселенцев. Неделю назад было 3 115."
    assert claim_fields(text, "ru", _FIELDS) == [
        ("displaced", "all", 2740, None),
        ("displaced", "all", 3115, None),
    ]
