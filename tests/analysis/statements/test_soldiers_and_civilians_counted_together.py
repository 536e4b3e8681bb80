"""One count of two kinds of persons: "servicemen and civilians", «военнослужащих и мирных
жителей», "hərbçi və mülki şəxs" count everyone, no group; and the fate of so long a count is
still read ("the fate of more than 9,000 servicemen and civilians remains unknown"). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Over 2,300 soldiers and civilians are still listed as missing.", "en",
         ("missing", "all", 2300, "at_least")),
        ("Twelve civilians and soldiers were killed when the bridge was shelled.", "en",
         ("killed", "all", 12, "exact")),
        ("Более 2 300 военнослужащих и мирных жителей до сих пор числятся пропавшими без вести.",
         "ru", ("missing", "all", 2300, "at_least")),
        ("2 300-dən çox hərbçi və mülki şəxs hələ də itkin düşmüş hesab olunur.", "az",
         ("missing", "all", 2300, "at_least")),
    ],
)  # fmt: skip
def test_a_count_of_soldiers_and_civilians_is_of_everyone(text, language, expected):
    assert claim_fields(text, language, FIELDS) == [expected]


def test_women_and_girls_keep_their_pair():
    fields = claim_fields("Forty women and girls were abducted from the camp.", "en", FIELDS)
    assert fields == [("captured", "women and girls", 40, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fate of more than 2,300 soldiers and civilians from the valley remains unknown.",
         "en"),
        ("Судьба более 2 300 военнослужащих и мирных жителей долины до сих пор неизвестна.",
         "ru"),
    ],
)  # fmt: skip
def test_the_fate_of_a_long_count_is_read(text, language):
    assert claim_fields(text, language, FIELDS) == [("missing", "all", 2300, "at_least")]


def test_persons_arrested_inside_their_fate_have_disappeared():
    text = "The whereabouts of the 21 students arrested at the bus station on 9 May remain unknown."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", "students", 21, "exact")]
