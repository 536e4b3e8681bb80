"""English participles of ruin that do not end in "-ed" ("burnt", "burnt-out") before a
counted thing describe it as destroyed, as "destroyed" and "burned" do; the same word as the
verb of persons still kills. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Along the river road the team counted 26 burnt-out houses.",
        "Along the river road there were 26 burnt houses.",
    ],
)
def test_burnt_things_counted_are_destroyed(text):
    assert figures(text) == [("property_destroyed", "homes", 26)]


def test_persons_burnt_alive_are_killed():
    assert figures("Militiamen burnt 6 villagers alive in a barn.") == [("killed", "all", 6)]
