""" "Of the villagers kept at the depot, 30 were driven away that night": a part of persons held that
their takers drive away, to no place the statement names, has disappeared, as a part of the
held whole (not of a part of it told between). Driven to a place named, they are still held.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_passive_part_of_the_detained():
    text = (
        "Police detained 64 villagers at the ferry landing. "
        "17 of them were later driven away in a grey bus."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 64, None),
        ("disappeared", 17, 0),
    ]


def test_active_verb_with_the_part_as_its_object():
    text = (
        "Militiamen detained 52 farm workers at the orchard. "
        "The militiamen drove 13 of them away in a tractor trailer."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 52, None),
        ("disappeared", 13, 0),
    ]


def test_the_rest_is_a_part_of_the_held_not_of_the_beaten():
    text = (
        "Soldiers detained twelve fishermen at the pier and beat all twelve with sticks. "
        "At noon they released four of them. The other eight were driven off in a jeep."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("disappeared", 8, 0)


def test_near_miss_driven_to_a_place_named():
    text = (
        "Police detained 64 villagers at the ferry landing. "
        "17 of them were later driven away to the provincial jail."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 64, None),
        ("detained", 17, 0),
    ]


def test_near_miss_active_verb_to_a_place_named():
    text = (
        "Militiamen detained 52 farm workers at the orchard. "
        "The militiamen drove 13 of them off to the barracks."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("detained", 13, 0)
