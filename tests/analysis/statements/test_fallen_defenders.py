""" "Fallen defenders" is how a country at war names its soldiers killed: the bodies of 30
fallen defenders are servicemen found dead. Human rights defenders, and defenders with no
"fallen" before them, are no soldiers. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_fallen_defenders_are_servicemen():
    text = "On Tuesday the bodies of 30 fallen defenders were returned to the country."
    assert figures(text) == [("found_dead", "servicemen", 30)]


def test_near_miss_other_defenders():
    assert figures("The bodies of 30 defenders were found near the dam.") == [
        ("found_dead", "all", 30)
    ]
    assert figures("Police detained 8 human rights defenders.") == [
        ("detained", "human rights defenders", 8)
    ]
