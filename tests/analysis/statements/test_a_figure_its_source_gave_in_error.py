"""A figure that its source is then said to have given in error, or to have withdrawn
("that figure was given in error"), is dropped, as one the text calls wrong. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "The governor spoke of 40 dead. His office later said that figure was given in error.",
        "The governor spoke of 40 dead. His office says that number was a mistake.",
        "The governor spoke of 40 dead; that figure has since been withdrawn.",
    ],
)
def test_the_figure_is_dropped(text):
    assert claim_fields(text, "en", ("category", "count")) == []
