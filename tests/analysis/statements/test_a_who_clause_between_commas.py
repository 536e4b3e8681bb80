"""A clause opened by "who" or "whom" between commas after a count only describes the persons
counted ("Two nurses, who had come to help, were beaten"): the verb after it is theirs, and it
wins over an act the clause names ("who were arrested in March, have since been released"), as
the predicate after a participle clause does. Sentences written here."""

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
        ("Nine fishermen, who had refused to leave the island, were shot dead at the pier.",
         ("killed", "fishermen", 9)),
        ("Four men, who were arrested at the market in March, have since been released.",
         ("released", "men", 4)),
        ("Eleven students, who were detained at the rally, remain in custody.",
         ("detained", "students", 11)),
    ],
)  # fmt: skip
def test_the_verb_after_the_clause_is_the_counted_persons(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Трое рыбаков, которые в ту ночь вышли в море, до сих пор считаются пропавшими "
         "без вести.", [("missing", "fishermen", 3)]),
        ("en", "Two villages, which had been home to 600 people, were later burned.",
         [("property_destroyed", "settlements", 2)]),
    ],
)  # fmt: skip
def test_the_verb_after_a_describing_clause_may_follow_words_of_time(language, text, expected):
    """The verb after the clause's closing comma may stand past «до сих пор» or "later"; the
    numbers inside the clause are no counts."""
    assert claim_fields(text, language, FIELDS) == expected
