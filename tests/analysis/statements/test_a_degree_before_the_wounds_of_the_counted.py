"""A degree of harm before the adjective of the wounds ("8 seriously wounded prisoners", "8
ağır yaralı əsir") belongs to the counted noun phrase: the group named after it is still the
one counted. A degree before no word of wounds ("8 seriously ill prisoners") changes nothing.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_a_degree_in_english():
    text = "8 seriously wounded soldiers were handed over."
    assert claim_fields(text, "en", FIELDS) == [("released", "servicemen", 8)]


def test_a_degree_in_azerbaijani():
    text = "8 ağır yaralı hərbçi geri qaytarılıb."
    assert claim_fields(text, "az", FIELDS) == [("released", "servicemen", 8)]


def test_near_miss_a_degree_of_an_illness():
    text = "8 seriously ill prisoners were released."
    assert claim_fields(text, "en", FIELDS) == [("released", "all", 8)]
