"""A bare count set after the act by a comma and given as a total ("twelve in all", "fourteen
in total") counts the group the act took: "They took the men from our street, twelve in
all". A count after a comma that is no total is left alone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers took the men from our village, nine in all.", ("captured", "men", 9)),
        ("Soldiers detained the teachers of the school, fourteen in total.",
         ("detained", "teachers", 14)),
    ],
)  # fmt: skip
def test_a_total_after_the_act_counts_its_group(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


def test_near_miss_a_total_of_no_persons():
    assert claim_fields("The shelling lasted four hours, nine in all.", "en", FIELDS) == []
