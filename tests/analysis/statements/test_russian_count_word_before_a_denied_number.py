"""«Число эвакуированных — не 1 500, а 4 500 человек»: the count word or label before the
number the text denies names the right number after «а» too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число эвакуированных — не 1 500, а 4 500 человек.", ("displaced", 4500, "exact")),
        (
            "Поправка: число погибших было указано неверно — не 16, а 6.",
            ("killed", 6, "exact"),
        ),
    ],
)
def test_the_right_number_takes_the_count_word(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_not_fewer_than_is_no_denial():
    # Near miss: «не менее» bounds the number; it denies nothing.
    text = "Число эвакуированных — не менее 4 500 человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 4500, "at_least")]
