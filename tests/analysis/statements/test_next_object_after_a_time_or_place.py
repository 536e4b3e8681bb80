"""An English verb's object, then a time or place, then "and" (with "another", "a further")
and a bare count: the count is the same verb's next object, the verb left out ("troops
detained 14 men in Corran and another 6 in Lisk"). A count with a noun of things, a verb of
its own, or a part of the one before is not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_another_count_after_a_time():
    text = "Security forces detained 14 students on Friday and another 6 on Saturday."
    assert _read(text) == [
        ("detained", "students", 14, "exact", None),
        ("detained", "all", 6, "exact", None),
    ]


def test_a_further_count_after_a_place():
    text = "The militia killed 8 farmers near Tolle and a further 3 in the hills above it."
    assert _read(text) == [
        ("killed", "all", 8, "exact", None),
        ("killed", "all", 3, "exact", None),
    ]


def test_a_bare_count_after_a_place():
    text = "Gunmen abducted 11 passengers at Karo junction and 4 at the ferry landing."
    assert _read(text) == [
        ("captured", "all", 11, "exact", None),
        ("captured", "all", 4, "exact", None),
    ]


def test_near_miss_a_count_of_things_after_the_place():
    text = "Police arrested 14 students on Friday and 6 cars were seized."
    assert _read(text) == [("detained", "students", 14, "exact", None)]


def test_near_miss_a_count_with_a_verb_of_its_own():
    text = "Police arrested 14 people on Friday and 6 were injured."
    assert _read(text) == [
        ("detained", "all", 14, "exact", None),
        ("injured", "all", 6, "exact", None),
    ]
