"""Russian «состояние N оценивается как тяжёлое / критическое»: persons whose condition the
doctors grade as serious were hurt, a part of the hurt counted before them, as «N в тяжёлом
состоянии» is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В городские больницы доставлены 23 раненых, состояние шестерых оценивается как "
            "тяжёлое.",
            [("injured", "all", 23, None), ("injured", "all", 6, 0)],
        ),
        (
            "При пожаре в общежитии пострадали 14 человек. Состояние троих оценивается как "
            "крайне тяжёлое.",
            [("injured", "all", 14, None), ("injured", "all", 3, 0)],
        ),
    ],
)
def test_persons_in_a_graded_condition_are_a_part_of_the_hurt(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_the_graded_condition_of_things_is_no_figure():
    # Near miss: the condition of buildings is graded too; no person is hurt.
    text = "После обстрела техническое состояние 12 домов оценивается как тяжёлое."
    assert claim_fields(text, "ru", FIELDS) == []
