"""English persons "nobody has been able to reach" are missing, as those nobody has heard
from; and missing "since they were driven off in a van" are missing since they were taken,
so disappeared. Driven off with no vehicle named ("the attackers were driven off") is no
taking. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_nobody_able_to_reach_them_is_missing():
    text = "No one has been able to reach 5 students from the dormitory since Friday."
    assert _read(text) == [("missing", 5, None)]


def test_unreached_since_driven_off_in_a_van_have_disappeared():
    text = (
        "Soldiers detained 30 villagers. Nobody has been able to reach 6 of the detained "
        "since they were driven away in a military truck."
    )
    assert _read(text) == [("detained", 30, None), ("disappeared", 6, 0)]


def test_near_miss_driven_off_in_no_vehicle_stays_missing():
    text = "Six men have not been heard from since they were driven off."
    assert [c[0] for c in _read(text)] == ["missing"]
