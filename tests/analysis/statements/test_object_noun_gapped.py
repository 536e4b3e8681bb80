""" "Killed 40 miners and injured 65": English leaves out the noun of a second active verb's
object; the bare number counts what the first object did. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_second_object_takes_the_first_objects_noun():
    text = "The blast killed 40 miners and injured 65."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "miners", 40),
        ("injured", "miners", 65),
    ]


def test_a_time_after_the_bare_number_still_ends_it():
    text = "Airstrikes killed 11 teachers and wounded 30 last month."
    assert claim_fields(text, "en", FIELDS)[1] == ("injured", "teachers", 30)


def test_a_second_object_with_its_own_noun_keeps_it():
    # Near miss: "people" names the second object; it is not the first one's group ("65
    # others", others than the dead, are: test_others_struck_with_a_group).
    text = "The blast killed 40 miners and injured 65 people."
    assert claim_fields(text, "en", FIELDS)[1] == ("injured", "all", 65)
