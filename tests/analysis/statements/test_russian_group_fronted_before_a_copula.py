"""Russian fronts the group counted in the genitive plural and puts the number after the
copula («Женщин среди них было шестеро», "of women among them there were six"): the bare
number counts that group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_group_fronted_names_the_part():
    text = "Солдаты забрали с блокпоста 25 человек. Детей среди них было четверо."
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 25, None),
        ("captured", "children", 4, 0),
    ]


def test_a_unit_fronted_names_no_group():
    """Near miss: days fronted before the copula are no group of persons."""
    text = "Солдаты забрали с блокпоста 25 человек. Дней в подвале было четыре."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 25, None)]
