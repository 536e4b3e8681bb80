"""Azerbaijani "-dək" (up to) on a count bounds it from above whatever it counts ("3 000-dək
ev", "15-dək uşaq"), but not before a verb of change ("sayı 40-dək artıb": the count rose
to 40); and years with it ("7 ilədək") are a unit, not a count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_up_to_on_homes() -> None:
    text = "Sel nəticəsində 3 000-dək ev dağılıb."
    assert claim_fields(text, "az", FIELDS) == [("property_destroyed", "homes", 3000, "at_most")]


def test_up_to_on_children() -> None:
    text = "Atışma zamanı 15-dək uşaq yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "children", 15, "at_most")]


def test_near_miss_the_count_rose_to() -> None:
    text = "Sel nəticəsində ölənlərin sayı 40-dək artıb."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 40, "exact")]


def test_years_up_to_are_no_count() -> None:
    text = "Məhkəmə 4 nəfəri 2 ildən 9 ilədək azadlıqdan məhrum edib."
    assert all(c[2] != 9 for c in claim_fields(text, "az", FIELDS))
