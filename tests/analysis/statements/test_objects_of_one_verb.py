"""A count joined by "and" to the object right after an English verb is that verb's next
object, though the first object takes no fate from it: "Rescuers pulled 9 survivors and 4
bodies from the rubble" found four bodies (survivors found are counted by nothing of ours).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_bodies_after_survivors_are_found_dead():
    text = "Firefighters pulled 6 survivors and 3 bodies from the collapsed school."
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 3)]


def test_bodies_after_the_living_found_are_found_dead():
    assert claim_fields("Divers found 2 survivors and 8 bodies.", "en", FIELDS) == [
        ("found_dead", 8)
    ]


def test_near_miss_persons_found_after_survivors_are_no_figure():
    text = "Firefighters pulled 6 survivors and 3 children from the collapsed school."
    assert claim_fields(text, "en", FIELDS) == []
