"""Persons seized by the police, the security forces, a coast guard or border guards were
detained ("43 fishermen who were seized by the coast guard", "Police grabbed 12 protesters"),
and so were the rest of them still held; seized by gunmen or soldiers, or handed to the
police only after, they were captured. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the 35 fishermen who were seized by the Norvian coast guard in May wrote to us.",
        "Border guards seized 35 villagers near the river on Friday.",
        "On Friday 35 students were grabbed by security forces outside the campus.",
        "Riot police seized 35 demonstrators in the square.",
    ],
)
def test_seized_by_custodians_are_detained(text):
    assert _read(text) == [("detained", 35, None)]


def test_the_rest_of_them_held_are_detained_with_them():
    text = (
        "We write for the families of the 20 fishermen who were seized by the coast guard in May. "
        "In July, 12 of them were freed. The other eight remain in prison."
    )
    assert _read(text) == [("detained", 20, None), ("released", 12, 0), ("detained", 8, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized 35 villagers near the river on Friday.",
        "Gunmen seized 35 villagers near the river and later handed them to the police.",
    ],
)
def test_seized_by_others_are_captured(text):
    assert _read(text) == [("captured", 35, None)]
