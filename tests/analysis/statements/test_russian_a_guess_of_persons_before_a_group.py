"""«человек десять мужчин»: «человек» before the number says about so many, as «человек
десять» alone does, and the group named after the number is what they were. A number with
its group and no «человек» before it stays exact. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вчера в Заречье задержаны человек тридцать женщин.", [("detained", "women", 30, "about")]),
        ("Патруль увёл с собой человек пятнадцать мужчин.", [("captured", "men", 15, "about")]),
        # Near miss: no «человек» before the number.
        ("Вчера в Заречье задержаны тридцать женщин.", [("detained", "women", 30, "exact")]),
    ],
)  # fmt: skip
def test_a_guess_of_persons_before_a_group(text, expected):
    assert _read(text) == expected
