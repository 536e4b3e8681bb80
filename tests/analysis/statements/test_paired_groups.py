"""One sex at two ages counted together ("women and girls", "men and boys") is one label;
groups of different kinds, or a second group with its own number, are not. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def groups(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("Raiders carried off 18 women and girls from the village.", "en", "women and girls"),
        ("Troops rounded up 18 men and boys at the mill.", "en", "men and boys"),
        ("Налётчики похитили в деревне 18 женщин и девочек.", "ru", "women and girls"),
        ("На мельнице задержаны 18 мужчин и мальчиков.", "ru", "men and boys"),
        ("Basqınçılar kənddən 18 qadın və qızı qaçırıb.", "az", "women and girls"),
    ],
)
def test_one_sex_at_two_ages_is_one_label(text, language, label):
    assert [g[1:] for g in groups(text, language)] == [(label, 18)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders carried off 18 women and children.", [("women", 18)]),
        ("Raiders carried off 11 women and 7 girls.", [("women", 11), ("girls", 7)]),
    ],
)
def test_other_pairs_are_not_joined(text, expected):
    assert [g[1:] for g in groups(text, "en")] == expected
