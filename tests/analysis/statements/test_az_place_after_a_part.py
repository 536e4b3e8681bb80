"""Azerbaijani: after a count complete with its ending ("7-ni", "üçünü"), a noun in the
genitive that owns the next noun ("kəndin mərkəzində", "xəstəxananın qarşısında") says where
the act was; it is not what was counted. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Əsgərlər 12 kəndlini saxlayıb, onlardan 5-ni kəndin mərkəzində güllələyiblər.",
        "Əsgərlər 12 kəndlini saxlayıb, onlardan 5-i xəstəxananın qarşısında güllələnib.",
        "Əsgərlər 12 kəndlini saxlayıb, onlardan 5-ni məktəbin həyətində güllələyiblər.",
    ],
)
def test_a_place_owned_by_a_genitive_is_not_the_counted_noun(text):
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("detained", "all", 12, None),
        ("killed", "all", 5, 0),
    ]


def test_a_part_named_by_its_noun_keeps_it():
    text = "Əsgərlər 12 kəndlini saxlayıb, onlardan 5-i qadın idi."
    assert claim_fields(text, "az", ("subgroup", "count", "parent")) == [
        ("all", 12, None),
        ("women", 5, 0),
    ]


def test_the_owner_of_a_compound_noun_is_not_counted_either():
    # "One of the shells destroyed the school's gym": no school, and no count of persons.
    assert claim_fields("Mərmilərdən biri məktəbin idman zalını dağıdıb.", "az") == []


@pytest.mark.parametrize("verb", ["yandırmışdır", "yandırdılar", "dağıtmışdır"])
def test_the_active_perfect_and_past_of_burning_destroy(verb):
    text = f"Silahlılar kənddə 23 yaşayış evini {verb}."
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [
        ("property_destroyed", "homes", 23)
    ]
