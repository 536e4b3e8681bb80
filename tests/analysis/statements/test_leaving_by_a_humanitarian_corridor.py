""" "2,300 residents leave through a humanitarian corridor": persons who leave by a corridor
made for flight are displaced, in a timeline's present as in the past; trucks and buses that
leave by it are no persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_residents_leave_in_a_timeline():
    text = "4 March - 2,300 residents leave through a humanitarian corridor."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 2300)]


def test_left_via_the_second_corridor():
    text = "About 700 people left via the second humanitarian corridor on Friday."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 700)]


def test_near_miss_buses_leave():
    text = "A convoy of 14 buses left through a humanitarian corridor."
    assert claim_fields(text, "en", FIELDS) == []
