"""A bare number destroyed after a count of destroyed things counts the same things: the noun
is said once, in the first of parallel entries. Alone, a bare number destroyed stays persons.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Дубрава: сожжено домов — 52. Ясень: сожжено — 17.",
            "ru",
            [("property_destroyed", "homes", 52), ("property_destroyed", "homes", 17)],
        ),
        (
            "В Дубраве разрушено 6 школ; в Ясене — 2.",
            "ru",
            [("property_destroyed", "schools", 6), ("property_destroyed", "schools", 2)],
        ),
        (
            "In Dubrava 52 houses were burned. In Yasen 17 were burned.",
            "en",
            [("property_destroyed", "homes", 52), ("property_destroyed", "homes", 17)],
        ),
    ],
)
def test_the_next_entry_counts_the_same_things(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


def test_a_bare_number_destroyed_alone_stays_persons():
    # Near miss: no things counted before it.
    assert claim_fields("В Ясене уничтожены 17.", "ru", FIELDS) == [("killed", "all", 17)]


def test_persons_are_no_part_of_destroyed_houses():
    text = "Снесены 120 домов, где жили около 800 человек, в том числе не менее 300 детей."
    assert ("property_destroyed", "children", 300) not in claim_fields(text, "ru", FIELDS)


def test_things_stay_a_part_of_destroyed_things():
    # Near miss: schools among the buildings destroyed are a part of them.
    text = "Разрушены 40 зданий, в том числе 12 школ."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))[1] == (
        "property_destroyed",
        "schools",
        12,
        0,
    )
