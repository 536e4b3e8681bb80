""" "They took nine. They beat all nine with sticks": "all nine", the object of the verb of its
act, are every one of the nine taken, a part (the whole of them) of that figure, not a count
of their own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_all_of_the_taken_beaten():
    text = "At night they took nine. They beat all nine with sticks."
    assert claim_fields(text, "en", FIELDS) == [("captured", 9, None), ("tortured", 9, 0)]


def test_all_of_the_arrested_beaten():
    text = "Police arrested 14 students. Officers later beat all 14."
    assert ("tortured", 14, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_all_after_of_is_no_object():
    text = "Police arrested 14 students. Divers recovered the bodies of all 14."
    assert ("found_dead", 14, 0) not in claim_fields(text, "en", FIELDS)


def test_near_miss_another_count():
    text = "Police arrested 14 students. Officers later beat all 6 of the women."
    assert ("tortured", 6, 0) not in claim_fields(text, "en", FIELDS)
