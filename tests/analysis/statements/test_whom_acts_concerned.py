"""Acts counted, of which a part concerned a group ("12 of which involved children", «из них
58 — в отношении женщин»): the part counts that group; cases of an act with the persons it
befell named after it ("18 cases of arbitrary arrest of displaced women") count that group.
Sentences written here."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cluster logged 18 cases of arbitrary arrest of displaced women.",
            [("detained", "women", 18, None)],
        ),
        ("Monitors documented 40 cases of torture.", [("tortured", "all", 40, None)]),
    ],
)
def test_cases_of_an_act_count_the_persons_named_after_it(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == expected
