"""English persons "put into" a vehicle, or forced into several ("put into two trucks", "pushed
into army vans"), are taken as those pushed into a van are. Put into no vehicle ("put into
quarantine") takes no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_put_into_a_van_is_a_taking():
    text = "Masked men put 5 students into a white van outside the dormitory."
    assert _read(text) == [("captured", "students", 5)]


def test_forced_into_trucks_counted():
    text = "Nine men were pushed into two army trucks at the crossroads."
    assert _read(text) == [("captured", "men", 9)]


def test_near_miss_put_into_no_vehicle():
    text = "The 30 arrivals were put into quarantine at the border."
    assert [c[0] for c in _read(text)].count("captured") == 0
