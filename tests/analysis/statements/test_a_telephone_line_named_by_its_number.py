"""A telephone line named by the number it is dialled on ("the police line 102", "the hotline
1545") counts nobody; a bare "line" before a count still lets it count. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Four fishermen are missing. Anyone with news should ring the police line 112.",
        "Four fishermen are missing; their families were given the hotline 1545.",
        "Four fishermen are missing. Please call the emergency line 911 with any sighting.",
    ],
)
def test_the_line_number_is_no_figure(text):
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 4)]


def test_a_count_after_the_front_line_still_counts():
    text = "Along the front line 9 soldiers were wounded overnight."
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 9)]
