"""A Russian part said to be a group past a short phrase of time between «из них» and the
copula («212 из них на тот момент были детьми», «к тому времени были
несовершеннолетними») counts that group, as the English "five of those killed in October
were children" does; a verb after the phrase («в тот же день были освобождены») is their
fate, no group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Без вести пропали 318 человек; 40 из них на момент исчезновения были детьми.",
         [("missing", "all", 318, None), ("missing", "children", 40, 0)]),
        ("Задержаны 52 человека; шестеро из них тогда были несовершеннолетними.",
         [("detained", "all", 52, None), ("detained", "children", 6, 0)]),
        ("Задержаны 52 человека; шестеро из них в тот же день были освобождены.",
         [("detained", "all", 52, None), ("released", "all", 6, 0)]),
    ],
)  # fmt: skip
def test_group_past_a_time(text: str, expected: list[tuple]) -> None:
    assert claim_fields(text, "ru", FIELDS) == expected
