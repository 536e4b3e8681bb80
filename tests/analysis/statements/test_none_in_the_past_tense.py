"""A Russian «нет» in the past tense, «не было» closing its clause («Раненых не было»,
«Женщин среди арестованных не было»), is a zero as «нет» is (only at the end of its clause:
before a verb it denies the verb). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_none_among_a_counted_group_in_the_past():
    text = "В Ольшанах солдаты арестовали 35 мужчин. Женщин среди арестованных не было."
    found = claim_fields(text, "ru", FIELDS)
    assert ("detained", "men", 35, None) in found, found
    assert ("detained", "women", 0, None) in found, found


def test_none_of_an_act_in_the_past():
    text = "Снаряд попал в склад у переправы. Раненых не было."
    assert ("injured", "all", 0, None) in claim_fields(text, "ru", FIELDS)
