""" "The victims were buried in four pits": pits the dead were put in, or taken out of, are
burial sites; a pit dug for anything else is nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_pits_the_dead_were_buried_in():
    text = "The militia buried the victims in five pits along the canal."
    assert _read(text) == [("burial_sites", "all", 5, "exact", None)]


def test_pits_remains_were_taken_from():
    text = "Investigators exhumed the remains of 18 people from two pits near the orchard."
    assert ("burial_sites", "all", 2, "exact", None) in _read(text)


def test_near_miss_pits_of_no_dead():
    text = "Volunteers dug six pits for the latrines of the camp."
    assert _read(text) == []


def test_a_part_of_the_dead_past_the_pits():
    text = (
        "In June, 30 of the prisoners were led to a quarry and shot. Their bodies were "
        "buried in three pits near the quarry. The bodies of 25 of them were exhumed in 2021."
    )
    assert _read(text) == [
        ("killed", "all", 30, "exact", None),
        ("burial_sites", "all", 3, "exact", None),
        ("found_dead", "all", 25, "exact", 0),
    ]
