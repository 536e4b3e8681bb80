"""The English present of a headline or a timeline ("Gunmen abduct 7 villagers", "Army
bulldozes 40 homes"), for the regular verbs of the acts, each with its third person singular.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements.lexicon.en_acts import present


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_the_third_person_after_a_sibilant_takes_es():
    assert present("torch abduct raze") == "torch torches abduct abducts raze razes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militia executes 14 prisoners at dawn", ("killed", "all", 14)),
        ("Falling debris injure nine people", ("injured", "all", 9)),
        ("Police arrest 20 people at the rally", ("detained", "all", 20)),
        ("Riot police round up twenty people", ("detained", "all", 20)),
        ("Gunmen abduct 7 villagers near the border", ("captured", "all", 7)),
        ("Pirates seize 7 people off the coast", ("captured", "all", 7)),
        ("Authorities deport 4,000 people", ("displaced", "all", 4000)),
        ("Fighting displaces 4,000 people in the north", ("displaced", "all", 4000)),
        ("Army bulldozes 40 homes in the valley", ("property_destroyed", "homes", 40)),
        ("Settlers burn 40 homes", ("property_destroyed", "homes", 40)),
        ("Divers recover 11 bodies from the lake", ("found_dead", "all", 11)),
    ],
)
def test_the_headline_present_reads_as_the_past(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_a_release_of_the_press_is_no_release():
    assert _read("The ministry's press release lists 3 new measures.") == []


def test_free_before_a_part_of_those_held_releases_them():
    text = "Police detain 60 students at the bridge. Hours later police free 25 of those held."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 60, None),
        ("released", 25, 0),
    ]


def test_free_before_things_releases_nobody():
    assert _read("The kitchen serves free 3 of its dishes to 200 pupils.") == []
