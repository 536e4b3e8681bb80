"""Casualties a hospital's receiving department took in ("our emergency department has
received 40 casualties"), or casualties said in the passive to have been admitted or treated
("Thirty casualties have been admitted"), are the living brought in hurt: injured. Casualties
reported with no such verb stay no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Since the blast at the depot the trauma unit has received 40 casualties.",
        "By noon the casualty department had admitted 40 casualties from the depot.",
        "After the blast at the depot, 40 casualties were treated at the field clinic.",
    ],
)
def test_the_casualties_received_are_injured(text):
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 40)]


def test_casualties_with_no_receiving_verb_are_no_figure():
    text = "The blast at the depot caused 40 casualties, officials said."
    assert claim_fields(text, "en", ("category", "count")) == []
