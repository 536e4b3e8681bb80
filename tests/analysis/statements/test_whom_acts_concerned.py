"""Acts counted, of which a part concerned a group ("12 of which involved children", «из них
58 — в отношении женщин»): the part counts that group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The monitors documented 140 cases of torture, 35 of which involved women.", "en"),
        ("Мониторы зафиксировали 140 случаев пыток, из них 35 — в отношении женщин.", "ru"),
    ],
)
def test_a_part_of_acts_that_concerned_a_group_counts_it(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == [
        ("tortured", "all", 140, None),
        ("tortured", "women", 35, 0),
    ]
