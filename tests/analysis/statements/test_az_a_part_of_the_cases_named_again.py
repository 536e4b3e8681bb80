"""Azerbaijani: the cases of an act counted before, named again with "bu" or "həmin" ("bu
halların 12-si", "həmin faktlardan 12-si": 12 of these cases), give a part of that count,
with its act, as "onlardan" does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "of_these",
    ["Bu halların", "Həmin halların", "Bu hallardan", "Bu faktların", "Həmin faktlardan"],
)
def test_a_part_of_the_cases_counted_keeps_their_act(of_these):
    text = f"Qrup 90 işgəncə faktını sənədləşdirib. {of_these} 12-si qadınlara aiddir."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("tortured", "all", 90, None),
        ("tortured", "women", 12, 0),
    ]
