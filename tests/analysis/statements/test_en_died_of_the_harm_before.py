"""A part that "died of their injuries" right after a part that was beaten or hurt died of
that harm: it is a part of the beaten, not of the whole both were taken from. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_died_of_their_injuries_after_the_beaten():
    text = (
        "About 300 men were held at the depot. No fewer than 120 of them were beaten during"
        " interrogation, and 7 died of their injuries."
    )
    assert _read(text) == [
        ("detained", "men", 300, "about", None),
        ("tortured", "men", 120, "at_least", 0),
        ("killed", "men", 7, "exact", 1),
    ]


def test_died_from_their_wounds_after_the_hurt():
    text = "Police held 80 miners. 30 of them were injured, and 4 died from their wounds."
    assert _read(text)[2] == ("killed", "miners", 4, "exact", 1)


def test_near_miss_died_with_no_harm_named_is_of_the_whole():
    text = (
        "About 300 men were held at the depot. No fewer than 120 of them were beaten during"
        " interrogation, and 7 died."
    )
    assert _read(text)[2] == ("killed", "men", 7, "exact", 0)
