""" "Of those killed since the shelling began, three were women": an adjunct of place or time
after the marker, closed by a comma, names no one; the part after it is of the marker's whole.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Ten people were killed and 25 injured. Of those killed since Monday, three were women.",
        "Ten people were killed and 25 injured. Of those killed since the shelling began, three "
        "were women.",
        "Ten people were killed and 25 injured. Of those killed in Ostra, three were women.",
    ],
)
def test_the_part_is_of_the_marker_s_whole(text):
    assert claim_fields(text, "en", FIELDS)[-1] == ("killed", "women", 3, 0)


def test_near_miss_an_adjunct_with_an_act_of_its_own():
    # "since the army killed four": a clause with its own act, not an adjunct passed over.
    text = (
        "Ten people were killed and 25 injured. Of those injured since the army killed four "
        "more, two were women."
    )
    assert ("killed", "women", 2, 0) not in claim_fields(text, "en", FIELDS)
