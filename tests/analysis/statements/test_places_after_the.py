"""Where it happened is no count, with "the" between the preposition and the number too:
"Beatings were routine at the 12 border posts" counts no persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_count_of_places_after_at_the_is_no_figure():
    text = "Beatings of detainees were routine at the 12 border posts on the river."
    assert claim_fields(text, "en", FIELDS) == []


def test_persons_after_the_stay_counted():
    # Near miss: "the 40 detainees" are persons, not a place.
    text = "Guards beat the 40 detainees in the yard."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 40)]
