"""An Azerbaijani participle of an act before a noun in the ablative, then a number with a
possessive ending ("Saxlanılan tələbələrdən 8-i", of the students detained, eight), names the
whole the part is taken from: the figure of that act given before. The participle is no act
of the part. A clause that is no act ("Danışdığımız tələbələrdən 8-i", of the students we spoke
to) names no such whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_of_the_detained_students_in_another_sentence():
    text = "Mart ayında 60 nəfər saxlanılıb. Saxlanılan tələbələrdən 8-i döyülüb."
    assert _read(text) == [("detained", "all", 60, None), ("tortured", "students", 8, 0)]


def test_participle_in_the_perfect():
    text = "Mart ayında 60 nəfər saxlanılıb. Saxlanılmış tələbələrdən 8-i döyülüb."
    assert _read(text) == [("detained", "all", 60, None), ("tortured", "students", 8, 0)]


def test_near_miss_a_clause_that_names_no_act():
    text = "Mart ayında 60 nəfər saxlanılıb. Danışdığımız tələbələrdən 8-i döyülüb."
    assert _read(text) == [("detained", "all", 60, None), ("tortured", "students", 8, None)]
