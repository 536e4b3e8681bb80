"""English "forced to leave it": "it" is the place named before it in the sentence, so persons
forced to leave it are displaced when that place is one people live in (a country, a village),
not when it is a place they only were in (a stadium). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_forced_to_leave_the_country_named_before():
    text = "Since 2022, 40 lawyers have been jailed in the country and 12 were forced to leave it."
    assert claim_fields(text, "en", FIELDS) == [("detained", 40), ("displaced", 12)]


def test_forced_to_leave_the_village_named_before():
    text = "Artillery struck the village on Monday and forced 450 residents to leave it."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 450)]


def test_near_miss_leaving_a_stadium_is_no_flight():
    text = "Stewards closed the stadium early and forced 300 people to leave it."
    assert claim_fields(text, "en", FIELDS) == []
