"""A passive chain: "were marched to the river in groups of five and shot". The second
participle after "and" says what befell the persons, however long the adjuncts of the first
("shot" there is shot dead, as "were shot" is); the size of each group ("in groups of five")
is no count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


def test_the_second_participle_gives_the_fate_of_a_part():
    text = (
        "Some 60 men were held in the barn. At least 25 of them were marched to the river "
        "in groups of five and shot."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 60, "about", None),
        ("killed", 25, "at_least", 0),
    ]


def test_a_chain_with_a_known_second_verb_reaches_past_long_adjuncts():
    text = "Nine men were led out of the village at dawn by the soldiers and killed."
    assert claim_fields(text, "en", FIELDS) == [("killed", 9, "exact", None)]


def test_one_group_of_persons_is_a_count():
    # Near miss: "a group of 14" is one group, and the persons in it are counted.
    text = "A group of 14 students was detained at the gate."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 14)]


def test_shot_down_after_and_is_no_killing():
    # Near miss: what is "shot down" is an aircraft, not persons shot.
    assert claim_fields("Two drones were hit and shot down.", "en", FIELDS) == []
