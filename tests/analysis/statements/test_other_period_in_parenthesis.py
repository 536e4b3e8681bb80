"""The figure for another period in a parenthesis right after a figure ("(in 2023: 12)",
«(годом ранее — 12)», "(2023-cü ildə — 12)"), or after ", against", is a figure of its own for
that period. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the Pellham jails nine inmates died (in 2023: 12).", "en"),
        ("In the Pellham jails nine inmates died (the year before — 12).", "en"),
        ("Mines killed 9 people in 2024, against 12 in 2023.", "en"),
        ("В изоляторах Приозёрска умерли 9 человек (в 2023 году — 12).", "ru"),
        ("В изоляторах Приозёрска умерли 9 человек (годом ранее — 12).", "ru"),
        ("Minalar 2024-cü ildə 9 nəfəri öldürüb (2023-cü ildə — 12).", "az"),
    ],
)
def test_the_other_periods_figure_is_a_claim_of_its_own(text, language):
    assert claim_fields(text, language, _FIELDS) == [("killed", 9, None), ("killed", 12, None)]


def test_a_parenthesis_that_names_no_period_is_no_comparison():
    text = "Police detained 9 people (see annex 3 - 12)."
    assert claim_fields(text, "en", _FIELDS) == [("detained", 9, None)]
