"""A second passive joined by "and" leaves out the subject's noun and the auxiliary ("40 women
were killed and 90 injured"): the bare number counts the first subject's group. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_women_killed_and_injured():
    text = "Witnesses said 40 women were killed and 90 injured in the raid on the market."
    assert _read(text) == [("killed", "women", 40, "exact"), ("injured", "women", 90, "exact")]


def test_children_killed_and_more_wounded():
    text = "Officials said some 12 children had been killed and at least 30 wounded."
    assert _read(text) == [
        ("killed", "children", 12, "about"),
        ("injured", "children", 30, "at_least"),
    ]


def test_near_miss_the_second_count_names_its_own_noun():
    text = "Witnesses said 40 women were killed and 90 people injured in the raid."
    assert _read(text) == [("killed", "women", 40, "exact"), ("injured", "all", 90, "exact")]
