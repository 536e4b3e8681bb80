"""English: "the remains of all 20" still counts remains, as "the remains of another 20"
does; remains returned or handed over to families are bodies found, never persons released.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_remains_of_all_of_those_counted_returned():
    text = (
        "So far 20 victims have been identified; "
        "the remains of all 20 were returned to their families."
    )
    assert _read(text) == [
        ("identified", "all", 20, "exact", None),
        ("found_dead", "all", 20, "exact", None),
    ]


def test_bodies_of_all_of_them_handed_over():
    assert _read("The bodies of all 12 were handed over to the Red Cross.") == [
        ("found_dead", "all", 12, "exact", None)
    ]


def test_near_miss_persons_held_all_returned():
    text = "Police detained 20 men at the port; all 20 were returned to their families."
    assert _read(text) == [
        ("detained", "men", 20, "exact", None),
        ("released", "men", 20, "exact", 0),
    ]
