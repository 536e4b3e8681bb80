"""A group named again as the subject of "include" ("The women include 2 journalists") is the
latest figure that counted it, though a part of another: its parts are its. A participle after
one person joined by "and a" ("and a boy taken from his home") is that person's, not the
count's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_the_group_named_before_include_is_the_whole():
    text = "Police released 60 people: 45 men and 15 women. The women include 4 journalists."
    assert _read(text) == [
        ("released", "all", 60, "exact", None),
        ("released", "men", 45, "exact", 0),
        ("released", "women", 15, "exact", 0),
        ("released", "journalists", 4, "exact", 2),
    ]


def test_persons_counted_as_everyone_named_again_by_their_word():
    text = "They freed 80 captives: 70 soldiers and 10 civilians. The civilians include 2 nurses."
    assert [c[4] for c in _read(text)][-1] == 2


def test_a_participle_of_one_person_joined_is_not_the_counts():
    text = (
        "The army freed 30 people: 20 soldiers and 10 civilians. The civilians include 4 "
        "women and a boy taken from his school."
    )
    women = [c for c in _read(text) if c[1] == "women"]
    assert women == [("released", "women", 4, "exact", 2)]


def test_near_miss_a_group_not_named_before_include_keeps_the_whole():
    text = "Police released 60 people: 45 men and 15 women. The group includes 4 journalists."
    assert _read(text)[-1] == ("released", "journalists", 4, "exact", 0)


def test_near_miss_a_participle_after_a_second_count_is_that_counts():
    text = "Gunmen seized 6 women and 2 boys taken from a school."
    assert _read(text) == [
        ("captured", "women", 6, "exact", None),
        ("captured", "boys", 2, "exact", None),
    ]


def test_near_miss_things_joined_to_one_thing_share_its_verb():
    text = "Overnight 57 homes, 6 schools and a clinic were demolished."
    assert [c[:3] for c in _read(text)] == [
        ("property_destroyed", "homes", 57),
        ("property_destroyed", "schools", 6),
    ]
