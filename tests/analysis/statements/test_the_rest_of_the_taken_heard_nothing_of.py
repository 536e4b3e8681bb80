""" "Gunmen seized nine farmers. Five of them were freed on Sunday. We have heard nothing about
the other four": the rest of the taken, never heard of again, disappeared, a part of those
taken. The count must be what is left of them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_heard_nothing_about_the_other_ones():
    text = (
        "Gunmen abducted nine farmers near the well. Five of them were freed on Sunday. "
        "We have heard nothing about the other four."
    )
    assert ("disappeared", "all", 4, 0) in claim_fields(text, "en", FIELDS)


def test_of_the_remaining_ones_heard_nothing_since():
    text = (
        "Police detained 20 men at the market. Twelve of them were released after a week. "
        "Of the remaining eight we have heard nothing since."
    )
    assert ("disappeared", "men", 8, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_count_that_is_not_the_rest():
    text = (
        "Gunmen abducted nine farmers near the well. Five of them were freed on Sunday. "
        "We have heard nothing about the other two."
    )
    assert ("disappeared", "all", 2, 0) not in claim_fields(text, "en", FIELDS)


def test_near_miss_heard_nothing_with_no_one_taken():
    text = "Twelve houses burned. We have heard nothing about the other six."
    assert claim_fields(text, "en", ("category",)) == [("property_destroyed",)]


def test_the_bodies_of_some_of_the_rest_found_later():
    text = (
        "Police detained 20 men at the market. Twelve of them were released after a week. "
        "Of the remaining eight we have heard nothing since. In May the bodies of two of the "
        "eight were found in a ditch."
    )
    assert ("found_dead", "men", 2, 2) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_part_of_another_count_after_the_rest():
    text = (
        "Police detained 20 men at the market. Twelve of them were released after a week. "
        "Of the remaining eight we have heard nothing since. In May the bodies of two of the "
        "30 fishermen were found."
    )
    assert ("found_dead", "all", 2, 2) not in claim_fields(text, "en", FIELDS)
