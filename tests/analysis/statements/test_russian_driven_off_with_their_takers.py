"""«Увезли с собой»: persons driven off with those who take them are taken, as those led
off «с собой» are; things so driven off are nothing of ours. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Боевики увезли с собой 14 мужчин.", [("captured", "men", 14, "exact")]),
        ("На рассвете солдаты увозят с собой ещё семерых жителей.", [("captured", "all", 7, "exact")]),
    ],
)  # fmt: skip
def test_persons_driven_off_are_taken(text, expected):
    assert _read(text) == expected


def test_things_driven_off_are_nothing_of_ours():
    assert _read("Отступая, боевики увезли с собой четыре грузовика.") == []
