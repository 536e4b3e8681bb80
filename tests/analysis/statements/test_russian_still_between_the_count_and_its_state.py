"""Russian adverbs of several words («по-прежнему», «до сих пор») between a count of the hurt
and the degree said of it stand where «всё ещё» would: the count in that state is a part of
the hurt before it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize("still", ["по-прежнему", "до сих пор", "всё ещё"])
def test_the_hurt_still_in_a_grave_state_are_a_part(still):
    text = f"Ранены 90 человек; 11 пострадавших {still} находятся в тяжёлом состоянии."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 90, None), ("injured", 11, 0)]


def test_until_as_a_preposition_is_no_adverb():
    """Near miss: «до» of a range («с 11 до 15») stays a preposition."""
    text = "Число погибших выросло с 11 до 15."
    assert [c[1] for c in claim_fields(text, "ru", FIELDS)] == [11, 15]
