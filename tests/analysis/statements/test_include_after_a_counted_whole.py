"""The present "include(s)" after a counted whole ("The 31 hostages include 5 women") ends the
whole's noun phrase, as "included" and "including" do, so the counts after it are its parts.
A person named with no number ("include a doctor") is no part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize("verb", ["include", "includes"])
def test_the_counts_after_include_are_parts(verb):
    text = f"The 31 hostages {verb} 5 women and 2 children."
    assert _read(text) == [
        ("captured", "all", 31, None),
        ("captured", "women", 5, 0),
        ("captured", "children", 2, 0),
    ]


def test_a_person_with_no_number_is_no_part():
    assert _read("The 31 hostages include a doctor.") == [("captured", "all", 31, None)]
