"""A clause opened by "who" or "whom" between commas after a count only describes the persons
counted ("Two nurses, who had come to help, were beaten"): the verb after it is theirs. A
clause that names an act of its own is no such description. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two nurses, who had come to help, were beaten.", ("tortured", "medical workers", 2)),
        ("Three journalists, whom the crew had hired locally, were wounded by shrapnel.",
         ("injured", "journalists", 3)),
        ("Six villagers, who were tending their fields, were killed by a mine.",
         ("killed", "all", 6)),
    ],
)  # fmt: skip
def test_the_verb_after_the_clause_is_the_counted_persons(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]
