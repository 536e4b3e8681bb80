"""Persons taken off a vehicle by armed men, told in a timeline's present, are seized as
those taken from it are; persons moved by force are displaced, though "moved" alone says
nothing of a home. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_armed_men_take_passengers_off_a_bus():
    text = "4 May - Gunmen take 27 passengers off the night bus near Orsk."
    assert claim_fields(text, "en", FIELDS) == [("captured", 27, "exact")]


def test_armed_men_take_passengers_from_a_convoy():
    text = "4 May - Armed men take 27 passengers from the convoy."
    assert claim_fields(text, "en", FIELDS) == [("captured", 27, "exact")]


def test_residents_forcibly_moved_are_displaced():
    text = "In June more than 640 residents of the valley were forcibly moved."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 640, "at_least")]


def test_near_miss_samples_taken_from_a_site_are_nothing():
    text = "The team takes 3 samples from each grave site."
    assert claim_fields(text, "en", FIELDS) == []


def test_near_miss_prisoners_moved_are_not_displaced():
    text = "The 12 prisoners were moved in May."
    assert ("displaced", 12, "exact") not in claim_fields(text, "en", FIELDS)
