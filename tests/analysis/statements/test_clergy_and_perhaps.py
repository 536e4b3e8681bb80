"""Ministers of a faith (priests, imams, "din xadimləri") are a free label, "clergy", as
journalists are; "perhaps" and "maybe" before an English count make it about so many. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Militia fighters shot dead 3 imams outside the old market of Sorrel.", "en"),
        ("Yanvar ayında Dağkəndə hücum zamanı 3 din xadimi qətlə yetirilib.", "az"),
    ],
)  # fmt: skip
def test_ministers_of_a_faith_are_clergy(text, language):
    assert ("killed", "clergy", 3, "exact") in claim_fields(text, language, FIELDS)


def test_perhaps_before_a_count_is_about():
    text = "The nurse thinks perhaps forty villagers were wounded by the blast at the ferry."
    assert ("injured", "all", 40, "about") in claim_fields(text, "en", FIELDS)
