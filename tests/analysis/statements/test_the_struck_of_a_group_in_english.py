""" "The blast killed five firefighters and injured eight others": the second fate's bare or
"others" count is of the group the first fate counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_others_wounded_after_a_group_killed():
    text = "A rocket hit the depot, and four journalists were killed and six others were wounded."
    assert _read(text) == [
        ("killed", "journalists", 4, "exact", None),
        ("injured", "journalists", 6, "exact", None),
    ]


def test_a_bare_object_of_the_second_verb_past_an_aside_of_a_part():
    text = "Mortars struck the square at dawn, killing seven civilians, one of them a girl, and wounding 25."
    assert _read(text)[0] == ("killed", "civilians", 7, "exact", None)
    assert _read(text)[-1] == ("injured", "civilians", 25, "exact", None)


def test_others_with_a_qualifier_after_that():
    text = "The agency said that three aid workers died in the convoy and that at least nine others were hurt."
    assert _read(text) == [
        ("killed", "aid workers", 3, "exact", None),
        ("injured", "aid workers", 9, "at_least", None),
    ]


def test_near_miss_a_noun_of_its_own():
    text = "The bombing killed eleven civilians and wounded 40 people."
    assert _read(text) == [
        ("killed", "civilians", 11, "exact", None),
        ("injured", "all", 40, "exact", None),
    ]


def test_near_miss_others_of_the_same_fate():
    text = "Nine journalists were detained on Friday and 30 others were detained on Saturday."
    assert _read(text) == [
        ("detained", "journalists", 9, "exact", None),
        ("detained", "all", 30, "exact", None),
    ]


def test_near_miss_another_sentence():
    text = "Two medics were killed in the first strike. In the second, 14 others were injured."
    assert _read(text) == [
        ("killed", "medical workers", 2, "exact", None),
        ("injured", "all", 14, "exact", None),
    ]
