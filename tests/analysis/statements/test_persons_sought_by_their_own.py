"""Persons a tracing service counts as sought by their relatives are missing; those "of the
persons sought" (a whole named with no number) found alive since are no figure. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_persons_sought_by_their_families_are_missing_and_the_found_alive_no_part():
    text = (
        "Since the floods our desk has logged requests for 870 persons sought by their families. "
        "Of these, 215 are children. So far 330 of the persons sought were found alive."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("missing", "all", 870, None),
        ("missing", "children", 215, 0),
    ]


def test_a_part_of_the_missing_found_alive_is_no_figure_but_found_dead_is():
    text = "About 60 herders went missing. Since then 14 of the missing have been found alive."
    assert claim_fields(text, "en", ("category", "count")) == [("missing", 60)]
    text = "About 60 herders went missing. Since then 14 of the missing have been found dead."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("missing", 60, None),
        ("found_dead", 14, 0),
    ]


def test_sought_by_the_police_is_no_count_of_the_missing():
    assert claim_fields("Police said 6 suspects are sought by detectives.", "en", _FIELDS) == []


def test_persons_sought_by_their_families_found_alive_are_no_figure():
    text = "This month 48 people sought by their relatives have been found alive."
    assert claim_fields(text, "en", _FIELDS) == []
