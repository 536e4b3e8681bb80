"""Azerbaijani puts a number at so much with "sayı" in the accusative: "dağıdılan evlərin sayını
45 kimi qiymətləndirir" (puts the number of destroyed homes at 45). The things named before
"sayını" are what the bare number counts, as with "sayı 45-dir"; it is no count of persons
killed. Persons named before it stay persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_destroyed_homes_put_at_a_number():
    text = "Yerli hakimiyyət dağıdılan evlərin sayını 45 kimi qiymətləndirir."
    assert claim_fields(text, "az", FIELDS) == [("property_destroyed", "homes", 45)]


def test_the_dead_put_at_a_number_stay_persons():
    # Near miss: persons named before "sayını" are counted as they were.
    text = "Yerli hakimiyyət həlak olanların sayını 45 nəfər kimi qiymətləndirir."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 45)]
