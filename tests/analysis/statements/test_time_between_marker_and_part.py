"""A short adjunct of time between a part's marker and its first item («в числе погибших за
месяц — 5 детей», "among the dead this month were 5 children") leaves the part a part of the
figure the marker names. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Весной при обстрелах погибли 31 человек. В числе погибших за месяц 5 детей.", "ru"),
        ("Last spring the shelling killed 31 people. Among the dead this month were 5 "
         "children.", "en"),
    ],
)  # fmt: skip
def test_the_part_after_a_time_adjunct_is_a_part(text, language):
    assert claim_fields(text, language, FIELDS)[-1] == ("killed", "children", 5, 0)
