""" "a city of 200,000": a kind of place, "of" and a number give how many live there, no
persons anything befell. A place named after "of" ("the town of Izium") and persons of
places ("the residents of 12 villages") are as before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


def test_a_city_of_a_number():
    text = "Two rockets struck a market in a city of 300,000, and 14 people were injured."
    assert _read(text) == [("injured", 14, "exact")]


def test_the_town_of_some_number_of_people():
    text = "Eleven people were killed when shells fell on the town of some 40,000 people."
    assert _read(text) == [("killed", 11, "exact")]


def test_near_miss_a_count_after_a_named_town():
    text = "In the town of Lyman, 26 people were wounded in the shelling."
    assert _read(text) == [("injured", 26, "exact")]


def test_near_miss_a_count_of_places():
    text = "About 900 residents of 12 villages were displaced by the fighting."
    assert _read(text) == [("displaced", 900, "about")]
