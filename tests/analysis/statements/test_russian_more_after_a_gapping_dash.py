"""«в Заречном погибли 5 человек, в Лесном — ещё 3»: «ещё» after the dash that stands for the
verb left out keeps the gapped clause; the count has the verb and the noun of the figure
before. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Заречном погибли 5 человек, в Лесном — ещё 3.",
            [("killed", "all", 5), ("killed", "all", 3)],
        ),
        (
            "В Заречном разрушены 17 домов, в Лесном — ещё 9.",
            [("property_destroyed", "homes", 17), ("property_destroyed", "homes", 9)],
        ),
    ],
)
def test_more_after_the_dash_has_the_verb_before(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_more_with_a_verb_of_its_own_keeps_it():
    # Near miss: a count with its own verb after the dash is that verb's.
    text = "В Заречном погибли 5 человек, в Лесном — ещё 3 получили ранения."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 5), ("injured", "all", 3)]
