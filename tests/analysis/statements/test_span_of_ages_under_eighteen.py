"""A span of ages all under 18 said of persons counted ("boys aged 14 to 16", "girls between
13 and 16 years old") makes them children, as "under 18" does. Two ages listed ("two boys
aged 14 and 16") give each one's age, no group; a span of days ("between 3 and 9 May") is
no age; a span reaching 18 or over is no group of children. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_boys_aged_a_span_under_eighteen_are_children():
    text = "Police detained 60 people, of whom seven were boys aged 14 to 16."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "children", 7, 0)


def test_girls_between_two_ages_in_years_are_children():
    text = "Police detained 60 people, of whom five were girls between 13 and 16 years old."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "children", 5, 0)


def test_near_miss_two_ages_listed_give_each_ones_age():
    text = "Police detained 60 people, among them two boys aged 14 and 16."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "boys", 2, 0)


def test_near_miss_a_span_of_days_is_no_age():
    text = "Police detained 60 people between 3 and 9 May."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 60, None)]


def test_near_miss_a_span_reaching_adulthood():
    text = "Police detained 60 people, among them seven men aged 16 to 25."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "men", 7, 0)
