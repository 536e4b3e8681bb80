""" "Guards beat 21 detainees, including three who were held in the juvenile wing": a state of
custody in a relative clause of a part after "including" says who they are; the part is of the
whole's fate. A later act in such a clause ("who were later released") and a clause of a count
of its own are left as they were. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_part_keeps_the_fate_of_its_whole():
    text = "Guards beat at least 21 detainees, including three who were held in the juvenile wing."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 21, None), ("tortured", 3, 0)]


def test_near_miss_a_later_act_in_the_clause():
    text = "Guards beat at least 21 detainees, including three who were later released."
    assert ("released", 3, None) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_count_of_its_own():
    text = "Five men who were held in the basement were beaten."
    assert ("detained", 5, None) in claim_fields(text, "en", FIELDS)
