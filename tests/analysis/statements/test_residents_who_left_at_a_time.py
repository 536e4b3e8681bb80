""" "Roughly 300 residents left after the second night of shelling": persons named by the place
they live in (residents, villagers, inhabitants) who left at a time or for a cause named after
"left" left where they live: they are displaced. Those "left" in a place, and those counted as
what remains ("the 40 residents left after the raid are elderly", "only 30 villagers left"),
left nothing; nor do workers who left after a shift. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_residents_left_after_a_night_of_shelling():
    text = "Roughly 300 residents left after the second night of shelling."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 300)]


def test_villagers_left_when_the_shelling_began():
    text = "About 150 villagers left when the shelling began."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 150)]


def test_near_miss_those_who_remain():
    assert claim_fields("The 40 residents left after the raid are mostly elderly.", "en") == []
    assert claim_fields("Only 30 villagers left after the raid.", "en") == []
    assert claim_fields("About 80 residents left in the village.", "en") == []


def test_near_miss_not_dwellers():
    assert claim_fields("About 120 workers left after the shift ended.", "en") == []
