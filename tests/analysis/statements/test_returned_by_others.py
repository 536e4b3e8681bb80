"""Persons "returned" by others (the passive, or through an exchange) are released; persons who
returned of themselves to a town are no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "This year 240 prisoners of war have been returned to Arlen.",
        "In March 240 captives were returned through exchanges.",
    ],
)
def test_returned_by_others_are_released(text):
    assert claim_fields(text, "en", ("category", "count")) == [("released", 240)]


def test_returning_of_themselves_is_no_figure():
    text = "About 240 residents have returned to Arlen since the spring."
    assert claim_fields(text, "en", ("category", "count")) == []
