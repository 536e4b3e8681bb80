"""«в том числе», «в их числе» (including, among them) and «из числа» (out of) hold the
word «число» (number) but open a part; they name no group for the counts after them, as
«число погибших детей» does. So «в том числе 70 военнослужащих и 30 мирных жителей» counts
civilians with its second number, not the servicemen of the first. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_second_of_two_parts_after_including_keeps_its_own_noun():
    text = "Пропали без вести 100 человек, в том числе 70 военнослужащих и 30 мирных жителей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("missing", "all", 100, None),
        ("missing", "servicemen", 70, 0),
        ("missing", "civilians", 30, 0),
    ]


def test_among_them_is_no_count_word_either():
    text = "Погибли 45 человек, в их числе 20 военнослужащих и 25 мирных жителей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 45, None),
        ("killed", "servicemen", 20, 0),
        ("killed", "civilians", 25, 0),
    ]


def test_near_miss_the_number_of_a_group_still_names_it():
    text = "Число раненых военнослужащих выросло до 14 человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "servicemen", 14, None)]
