"""A bare count after "and" that follows a count of bodies counts bodies too ("212 bodies have
been exhumed and 150 handed over to their families"): bodies handed over are found dead, not
persons released. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_bodies_handed_over_after_bodies_exhumed():
    text = "Since May, 212 bodies have been exhumed at Ravna and 150 handed over to their families."
    assert _read(text) == [
        ("found_dead", "all", 212, "exact"),
        ("found_dead", "all", 150, "exact"),
    ]


def test_near_miss_persons_handed_over_after_persons_held():
    text = "Since May, 212 prisoners have been held at Ravna and 150 handed over to their families."
    assert _read(text) == [
        ("detained", "all", 212, "exact"),
        ("released", "all", 150, "exact"),
    ]


def test_near_miss_a_count_with_its_own_auxiliary_after_bodies():
    # "… and 9 have come home": a clause of its own, of persons come back alive.
    text = "The remains of 24 have been identified and 9 have come home in the exchange."
    assert ("found_dead", "all", 9, "exact") not in _read(text)
