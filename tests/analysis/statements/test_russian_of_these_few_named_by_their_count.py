"""Russian «двое из этих шестерых» ("two of these six"): persons counted before, named again
by their count after «из этих» (or by the bare count after «из»: «пятеро из 24»), are the
whole of the part, and their count is no figure of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вооружённые люди похитили 15 жителей. Семеро из них подвергались избиениям. "
            "Трое из этих семерых умерли.",
            [("captured", "all", 15, None), ("tortured", "all", 7, 0), ("killed", "all", 3, 1)],
        ),
        (
            "Полиция задержала 60 человек, из них 8 были избиты; четверо из этих восьми "
            "госпитализированы.",
            [("detained", "all", 60, None), ("tortured", "all", 8, 0), ("injured", "all", 4, 1)],
        ),
    ],
)
def test_a_part_of_persons_named_again_by_their_count(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_count_not_given_before_is_its_own():
    """Near miss: «из этих 12 …» with no 12 counted before names no earlier figure."""
    text = "Полиция задержала 60 человек. Трое из этих 12 активистов избиты."
    assert ("tortured", "all", 3, 0) not in claim_fields(text, "ru", FIELDS)


def test_a_bare_count_after_of_names_the_whole_again():
    # Russian has no article: «из 24» alone, repeating an earlier count, is that whole.
    text = "В больницу поступили 24 человека. Пятеро из 24 находятся в тяжёлом состоянии."
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 24, None),
        ("injured", "all", 5, 0),
    ]


def test_near_miss_a_bare_count_after_of_repeating_no_earlier_count():
    text = "Задержаны 14 человек. Шестеро из 20 были освобождены."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 14, None),
        ("released", "all", 6, None),
    ]
