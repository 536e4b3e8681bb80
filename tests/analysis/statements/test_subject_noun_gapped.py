"""A second passive joined by "and" that leaves out the subject's noun and the auxiliary ("40
women were killed and 90 injured") counts the first subject's group; a group named only in
an apposition to the subject, or a second clause with a verb of its own, lends it nothing.
(The rule for free labels, "six miners were killed and nine wounded", is in
test_language_rules.) Sentences written here."""

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


def test_near_miss_a_group_in_an_apposition_lends_nothing():
    text = "Eleven villagers, among them four children, were killed and 16 wounded."
    assert [c[:3] for c in _read(text)] == [
        ("killed", "all", 11),
        ("killed", "children", 4),
        ("injured", "all", 16),
    ]


def test_near_miss_a_second_clause_after_a_semicolon_lends_nothing():
    text = "Four children were killed; 12 were wounded."
    assert [c[:3] for c in _read(text)] == [("killed", "children", 4), ("injured", "all", 12)]
