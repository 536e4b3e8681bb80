"""«Потерь нет», «потерь среди мирного населения нет»: a side says it lost no one — none
killed, as «жертв нет» and the Azerbaijani "itki yoxdur"; losses of something named
(«потерь техники нет», «материальных потерь нет») and counts of losses are no figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_no_losses_among_civilians_beside_the_soldiers():
    text = "За сутки погибли четверо военнослужащих. Потерь среди мирного населения нет."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "servicemen", 4, None),
        ("killed", "civilians", 0, None),
    ]


def test_no_losses_said_alone():
    assert claim_fields("Командование бригады сообщило, что потерь нет.", "ru", FIELDS) == [
        ("killed", "all", 0, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "После обстрела склада потерь техники нет.",
        "Материальных потерь у хозяйства нет.",
        "Потери батальона составили 30 человек.",
    ],
)
def test_near_miss_losses_of_something_or_counted(text):
    assert claim_fields(text, "ru", FIELDS) == []
