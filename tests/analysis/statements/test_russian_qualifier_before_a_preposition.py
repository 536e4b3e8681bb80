"""A Russian qualifying adverb keeps its number when the preposition of the counted noun's case
stands between them («по меньшей мере в 40 случаях», «примерно у 25 задержанных»), as «чем»
does («не менее чем в 12»); and «не превышает» caps a number («не превышает семи») where
«превышает» alone is more than it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По меньшей мере в 40 случаях задержанные сообщили о пытках.",
            [("tortured", 40, "at_least")],
        ),
        (
            "Как минимум в 15 случаях задержанные сообщили о пытках.",
            [("tortured", 15, "at_least")],
        ),
    ],
)
def test_a_qualifying_adverb_reaches_over_the_preposition(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_year_after_the_preposition_is_no_count():
    # Near miss: the adverb qualifies the date, and the count after the verb is exact.
    text = "По меньшей мере в 2023 году погибли 9 человек."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 9, "exact")]


def test_not_exceeding_caps_the_number():
    text = "По данным властей, число погибших не превышает семи."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 7, "at_most")]


def test_exceeding_alone_is_more_than_the_number():
    # Near miss: no negation.
    text = "По данным властей, число погибших превышает 70."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 70, "at_least")]
