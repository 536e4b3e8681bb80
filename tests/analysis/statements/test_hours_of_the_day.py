"""A number after a preposition of time and before a part of the day is an hour, no count
("shortly after six this morning", "until ten at night"); a count before a part of the day is
still a count ("police detained 15 this morning"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were wounded when the depot was hit shortly after six this morning.",
        "Nine people were wounded in shelling that went on until ten at night.",
    ],
)
def test_an_hour_is_no_count(text):
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 9)]


def test_a_count_before_a_part_of_the_day_stays():
    text = "Police in Orsk detained 15 this morning."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 15)]
