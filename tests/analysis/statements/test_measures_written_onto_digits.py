"""An age, a time or a distance written onto English digits in posts and wire copy ("a 7yo
boy", "Posted · 5h", "30km away") measures something, no count of persons; a number with a
space before its noun, or the million glued onto digits ("2.5m people"), still counts.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_an_age_written_onto_digits_counts_no_one():
    text = "The toll has risen to 12, incl. a 7yo boy."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 12, None)]


def test_an_age_in_years_written_onto_digits():
    text = "Five people were injured, among them a 68yrs woman."
    assert claim_fields(text, "en", FIELDS) == [("injured", "all", 5, None)]


def test_the_age_of_a_post_is_no_count_of_the_dead():
    text = "Tom Vell (@tvell) · 5h\nDeath toll in Harl climbs to 14."
    assert claim_fields(text, "en", FIELDS) == [("killed", "all", 14, None)]


def test_a_time_of_day_written_onto_digits():
    text = "Since 6am, 8 people have been detained in the square."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 8, None)]


def test_near_miss_a_count_of_children_with_its_noun():
    text = "The toll has risen to 12, including 7 boys."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 12, None),
        ("killed", "boys", 7, 0),
    ]


def test_near_miss_the_million_glued_onto_digits_counts():
    text = "2.5m people have fled their homes."
    assert claim_fields(text, "en", FIELDS) == [("displaced", "all", 2_500_000, None)]
