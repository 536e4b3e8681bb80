"""A claim the text calls not true, in the words English uses for it: "the army's line that
'no one was detained' is simply not true", "… says 'no one was detained'. This is not so."
Neither is a figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        'The army\'s line that "no one was detained at the bridge" is simply not true.',
        'The army says that "no one was detained at the bridge". This is not so.',
    ],
)
def test_a_claim_called_not_true_is_no_figure(text):
    assert claim_fields(text, "en", FIELDS) == []


def test_not_so_bad_rejects_nothing():
    # Near miss: "not so" as a degree, not an answer to the figure.
    text = "Twelve people were injured. The damage is not so bad, the mayor said."
    assert claim_fields(text, "en", FIELDS) == [("injured", 12)]
