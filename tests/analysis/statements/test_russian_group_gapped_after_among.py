"""«Среди убитых трое журналистов, среди раненых — пятеро»: the second «среди» clause after a
comma leaves out the group its bare number counts, which the first named. A number with a noun
of its own, or a first clause that is no «среди» clause, gives no group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")
OPENING = "При обстреле колонны погибли 9 человек, ранены 22. "


@pytest.mark.parametrize(
    "text",
    [
        "Среди убитых трое журналистов, среди раненых — пятеро.",
        "Среди убитых трое журналистов, среди раненых пятеро.",
        "Среди убитых трое журналистов, а среди раненых — пятеро.",
    ],
)
def test_the_second_among_clause_counts_the_same_group(text):
    assert ("injured", "journalists", 5) in claim_fields(OPENING + text, "ru", FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Среди убитых трое журналистов, среди раненых — пятеро военных.",
        "Трое убитых были журналистами, среди раненых — пятеро.",
    ],
)
def test_no_group_is_carried_without_a_parallel_clause(text):
    assert ("injured", "journalists", 5) not in claim_fields(OPENING + text, "ru", FIELDS)
