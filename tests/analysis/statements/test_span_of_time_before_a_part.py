"""A span of time between a part's marker and its number («в числе раненых за неделю 9 детей»,
«за этот период») says over what time the part was counted and names no one: the number is
still the marker's part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize("span", ["за неделю", "за этот период"])
def test_a_span_of_time_before_the_number_keeps_the_part(span):
    text = f"В Заречном районе ранены 47 человек. В числе раненых {span} 9 детей."
    assert ("injured", "children", 9, 0) in claim_fields(text, "ru", FIELDS)
