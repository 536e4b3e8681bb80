"""A building's tenants («жильцы», «жилец») are persons counted, not the building named after
them («трое жильцов соседнего дома»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_tenants_before_their_house():
    text = "При обстреле погибли трое жильцов пятиэтажного дома."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 3)]


def test_near_miss_the_houses_themselves():
    text = "При обстреле разрушены три пятиэтажных дома."
    assert claim_fields(text, "ru", FIELDS) == [("property_destroyed", "homes", 3)]
