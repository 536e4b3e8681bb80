"""Russian «среди погибших за квартал — шестеро детей»: a report's period («за квартал», «за
полугодие») between a marker and its part is a time, as «за неделю» is, though «квартал» is
a block of a town too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_past_the_period_of_a_report():
    text = "За полугодие в районе погибли 58 человек. Среди погибших за полугодие — девять детей."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 58, None),
        ("killed", "children", 9, 0),
    ]


def test_a_block_of_a_town_is_no_time():
    """Near miss: «в квартале» names where, and no part follows a marker."""
    text = "За полугодие в районе погибли 58 человек. В квартале у рынка погибли девять детей."
    assert claim_fields(text, "ru", FIELDS)[-1][3] is None
