"""An English count whose fate a relative clause gives ("eleven farmers who were abducted in
March"), then a predicate after the clause: what befell them later, a part as large as the
whole ("… have since been freed"). Freed only after being held; a predicate that is no act
("have been charged") adds nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_freed_after_abducted():
    text = "Eleven farmers who were abducted near Sarn in March have been freed."
    assert _read(text) == [
        ("captured", "all", 11, "exact", None),
        ("released", "all", 11, "exact", 0),
    ]


def test_died_after_beaten():
    text = "At least four inmates who were beaten by guards have died."
    assert _read(text) == [
        ("tortured", "all", 4, "at_least", None),
        ("killed", "all", 4, "at_least", 0),
    ]


def test_near_miss_a_predicate_that_is_no_act():
    text = "Eleven farmers who were detained near Sarn in March have been charged."
    assert _read(text) == [("detained", "all", 11, "exact", None)]


def test_near_miss_those_who_fled_coming_back():
    text = "The 60 villagers who fled in March have returned."
    assert _read(text) == [("displaced", "all", 60, "exact", None)]


def test_near_miss_a_second_verb_of_the_clause_itself():
    # "and were released" goes on the relative clause; "said" is the predicate.
    text = "Three men who had been held in the barn and were released in May said they were hooded."
    assert ("released", "all", 3, "exact", 0) not in _read(text)
