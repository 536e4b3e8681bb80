"""Azerbaijani word order is free: the place left may stand before who left it ("Kəndi 200
nəfər tərk edib", the village 200 people left), and the persons between are displaced as in
"200 nəfər kəndi tərk edib". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_village_named_before_the_count():
    assert _read("Bombardmandan sonra kəndi 340 nəfər tərk edib.") == [
        ("displaced", "all", 340, None)
    ]


def test_the_town_named_before_the_count_with_a_day_between():
    text = "Şəhəri dünən 2 min sakin tərk edib, onlardan 600-ü uşaqdır."
    assert _read(text) == [("displaced", "all", 2000, None), ("displaced", "children", 600, 0)]


def test_near_miss_a_village_visited_then_left_is_no_displacement():
    assert _read("Kəndi 5 nəfər ziyarət edib, sonra tərk edib.") == []


def test_near_miss_a_hall_left_is_no_displacement():
    assert _read("Zalı 40 nümayəndə tərk edib.") == []


def test_the_town_named_before_a_time_and_a_range():
    # The subject and the time since when may together be long: a range and "since".
    text = "Rayonu ötən ilin payızından bəri 3 mindən 4 minə qədər sakin tərk edib."
    assert _read(text) == [("displaced", "all", None, None)]
    assert claim_fields(text, "az", ("count_low", "count_high")) == [(3000, 4000)]


def test_near_miss_a_clause_between_the_place_and_leaving():
    # A comma closes the clause the place stood in: its persons did not leave it.
    text = "Şəhəri bu ilin əvvəlindən bəri 3 min turist ziyarət edib, bəziləri tərk edib."
    assert _read(text) == []
