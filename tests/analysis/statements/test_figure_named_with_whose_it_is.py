"""A figure named by its number with a few words of whose it is ("The figure of 600 given by
the opposition is not accurate") is rejected where it was first given, as "the figure of 600
is wrong" is. A rejection that names another number rejects only that one, and a figure so
named and confirmed stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_the_figure_named_with_its_source_is_rejected():
    text = (
        "The opposition says 600 protesters were arrested. The figure of 600 given by the "
        "opposition is not accurate, the ministry replied."
    )
    assert counts(text) == []


def test_near_miss_another_number_rejected_or_the_figure_confirmed():
    text = (
        "The opposition says 600 protesters were arrested. The number of 75 given by the "
        "ministry is not accurate."
    )
    assert counts(text) == [("detained", 600)]
    text = (
        "The opposition says 600 protesters were arrested. The figure of 600 given by the "
        "opposition was confirmed by lawyers."
    )
    assert counts(text) == [("detained", 600)]
