""" "Three students have not been seen since they were bundled into a car": persons forced
into a vehicle are taken, as "pushed into a van" reads where it is told first; missing since
then, they disappeared. Forced anywhere else ("pushed into the crowd") is no taking.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_since_they_were_bundled_into_a_car():
    text = "Three students have not been seen since they were bundled into a car near the campus."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 3)]


def test_since_they_were_pushed_into_an_unmarked_van():
    text = "Four traders have been missing since they were pushed into an unmarked van."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 4)]


def test_near_miss_pushed_into_the_crowd():
    text = "Four traders have been missing since they were pushed into the crowd."
    assert claim_fields(text, "en", FIELDS) == [("missing", 4)]
