"""A bare number after "who was"/"who were" is the persons' age, and an age limit there makes
them children, as "persons under 18" does. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_age_of_one_person_in_a_relative_clause_is_no_count():
    text = "A shepherd, who was 71, died when the barn was shelled. Four others were wounded."
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 4)]


def test_persons_who_were_under_18_are_children_of_the_fate_of_their_clause():
    text = "Among those still unaccounted for are 140 persons who were under 18 when they vanished."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("missing", "children", 140)
    ]


def test_near_miss_who_were_over_60_is_the_elderly():
    text = "Soldiers detained 25 villagers who were over 60."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("detained", "elderly", 25)
    ]


def test_near_miss_a_verb_of_their_own_before_the_time_clause_stands():
    text = "Nine men were detained when they returned to the village."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 9)]
