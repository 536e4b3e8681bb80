"""Azerbaijani "onların arasında əlilliyi olan 3 nəfər": a singular noun of a group right after a
marker of parts counts one person ("o cümlədən hamilə qadın"), but not when a count follows it:
then it only says who the counted are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_no_one_person_read_from_an_attribute_of_a_count():
    text = "Həbsxanada 40 nəfər döyülüb; onların arasında əlilliyi olan 3 nəfər var."
    assert all(count != 1 for _, _, count, _ in claim_fields(text, "az", FIELDS))


def test_near_miss_a_single_person_after_the_marker():
    text = "Partlayışda 7 nəfər yaralanıb, o cümlədən hamilə qadın."
    assert ("injured", "pregnant women", 1, 0) in claim_fields(text, "az", FIELDS)


def test_the_first_part_past_an_age_before_its_number():
    text = "Polis 60 nəfəri saxlayıb, onların arasında 65 yaşdan yuxarı 4 nəfər var."
    assert ("detained", "elderly", 4, 0) in claim_fields(text, "az", FIELDS)


def test_the_first_part_past_not_yet_of_age():
    text = "Polis 60 nəfəri saxlayıb, onların arasında yetkinlik yaşına çatmamış 9 nəfər var."
    assert ("detained", "children", 9, 0) in claim_fields(text, "az", FIELDS)


def test_a_group_named_by_having_before_the_count():
    text = "Cəzaçəkmə müəssisəsində əlilliyi olan 6 nəfər döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", "persons with disabilities", 6, None)]


def test_the_first_part_past_a_group_named_by_having():
    text = "Polis 60 nəfəri saxlayıb, onların arasında əlilliyi olan 2 nəfər var."
    assert ("detained", "persons with disabilities", 2, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_words_that_name_no_group_before_the_number():
    text = "Polis 60 nəfəri saxlayıb, onların arasında dünən gecə 7 nəfər var."
    assert ("detained", "all", 7, 0) not in claim_fields(text, "az", FIELDS)


def test_near_miss_a_relative_clause_before_a_count_with_its_own_group():
    text = (
        "Şəhərdə 90-a yaxın nəfər yaralanıb. Əhalinin yarısı şəhəri tərk edib; onların "
        "arasında yerli radioda işləyən 6 jurnalist də var."
    )
    assert ("injured", "journalists", 6, 0) not in claim_fields(text, "az", FIELDS)
