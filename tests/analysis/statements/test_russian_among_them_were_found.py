"""Russian «Среди задержанных находились пятеро детей» ("among the detained were five
children"): «находиться» after «среди …» is a copula as «были» is, and the count a part of
the whole named before; what follows keeps that whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полиция задержала 80 жителей села. Среди задержанных находились 6 подростков.",
            [("detained", "all", 80, None), ("detained", "children", 6, 0)],
        ),
        (
            "Полиция задержала 80 жителей села. Среди них находились 6 подростков.",
            [("detained", "all", 80, None), ("detained", "children", 6, 0)],
        ),
        (
            "В изоляторе содержались 80 жителей села. Среди задержанных находились 6 подростков "
            "и 11 женщин. Из числа задержанных 50 человек отпустили на следующий день.",
            [
                ("detained", "all", 80, None),
                ("detained", "children", 6, 0),
                ("detained", "women", 11, 0),
                ("released", "all", 50, 0),
            ],
        ),
    ],
)
def test_a_part_found_among_the_whole(text, expected):
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == expected
