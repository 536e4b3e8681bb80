"""A telephone number written in groups set apart by spaces, opening with a zero or a plus,
counts nobody; a table's row with a bare zero still counts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 14 people in Orvel. Families of the missing may ring 0800 412 377.",
        "Police detained 14 people in Orvel; the lawyers' line is 0 800 31 52 90.",
        "Police detained 14 people in Orvel. News of them: +31 6120 448812.",
    ],
)
def test_the_dialled_number_is_no_figure(text):
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 14)]


def test_near_miss_a_row_opening_with_a_bare_zero_still_counts():
    text = "Region      Detained   Released\nNorth       0          0\nSouth       31         12\n"
    counts = [c for (c,) in claim_fields(text, "en", ("count",))]
    assert 31 in counts


def test_near_miss_a_count_after_a_time_still_counts():
    text = "UPDATE 09:00 7 people were killed in the blast."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 7)]
