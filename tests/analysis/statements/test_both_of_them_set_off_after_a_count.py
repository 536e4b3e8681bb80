"""«Оба»/«обе» (Russian) and "hər ikisi" (Azerbaijani), set off by commas after a count of
two, say what both of those were: no count of their own, the verb after them is the count's,
and their noun is its subgroup ("two passengers, both women"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Двое задержанных, оба студенты, скончались в изоляторе.",
            "ru",
            ("killed", "students", 2),
        ),
        ("Две пассажирки, обе женщины, ранены осколками.", "ru", ("injured", "women", 2)),
        (
            "Saxlanılanlardan ikisi, hər ikisi tələbə, həbsxanada ölüb.",
            "az",
            ("killed", "students", 2),
        ),
    ],
)
def test_both_of_them_describe_the_count_before(text, language, expected):
    assert claim_fields(text, language, FIELDS) == [expected]


def test_near_miss_both_as_the_count_itself():
    text = "Оба задержанных журналиста освобождены."
    assert claim_fields(text, "ru", FIELDS) == [("released", "journalists", 2)]
