"""A count that is the object of a preposition is no subject of the verb of saying after it:
"Officials put the toll at 20 and say it may rise" counts twenty dead, where "three elders
and a nurse told the mission" names sources, not a figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high")


def test_a_toll_put_at_a_number_and_then_say():
    text = "Local officials put the number of dead at 20 and say it will rise."
    assert claim_fields(text, "en", FIELDS) == [("killed", 20, None, None)]


def test_a_toll_put_at_a_range_but_say():
    text = "Medics put the number of dead at between 30 and 35 but say more are missing."
    assert claim_fields(text, "en", FIELDS)[0] == ("killed", None, 30, 35)


def test_near_miss_persons_who_say_are_sources():
    text = "Nine people were killed in the raid, four survivors told the mission."
    assert claim_fields(text, "en", FIELDS) == [("killed", 9, None, None)]
