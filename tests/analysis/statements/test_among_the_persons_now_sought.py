"""A part "among" persons named again finds the figure of those persons: an adverb of the
present between the persons and their fate ("the persons now sought", "those currently
held") names neither, and of two figures the words name, the part belongs to the latest that
can hold it ("the deaths of 30 persons sought" cannot hold 250 children). Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
_SOUGHT = "The commission is tracing 2,600 persons reported missing by their families. "


def test_an_adverb_of_now_between_the_persons_and_their_fate():
    text = _SOUGHT + "Among the persons now sought are 250 children."
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", "all", 2600, None),
        ("missing", "children", 250, 0),
    ]


def test_the_latest_figure_of_those_persons_that_can_hold_the_part():
    text = (
        _SOUGHT + "The deaths of 30 persons sought last year have been confirmed. "
        "Among the persons now sought are 250 children."
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("missing", "children", 250, 0) in claims
