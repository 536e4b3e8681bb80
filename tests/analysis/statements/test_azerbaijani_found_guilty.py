"""Persons found guilty of an act ("işgəncə verməkdə təqsirli bilib", "qətlə yetirməkdə
təqsirli hesab edib") did it; it did not befall them, as with "ittiham olunur" (``prosecution``).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_officers_found_guilty_of_torture():
    assert _read("Rayon məhkəməsi 5 nəzarətçini işgəncə verməkdə təqsirli bilib.") == []


def test_soldiers_found_guilty_of_killing():
    text = "Hərbi məhkəmə 2 əsgəri dinc sakinləri qətlə yetirməkdə təqsirli hesab edib."
    assert _read(text) == []


def test_near_miss_the_victims_of_those_found_guilty():
    text = "Məhkəmə 6 nəfərin işgəncəyə məruz qaldığını təsdiqləyib, təqsirli şəxslər həbs edilib."
    assert _read(text) == [("tortured", "all", 6, None)]


def test_the_charge_said_before_the_accused():
    # The act in the locative of its verbal noun right before the persons charged.
    text = "Prokurorluq işgəncə verməkdə 7 mühafizəçini ittiham edib."
    assert _read(text) == []


def test_victims_in_the_dative_before_the_act_are_tortured_not_accused():
    text = "Prokurorluq 18 məhbusa işgəncə verməkdə 7 mühafizəçini ittiham edib."
    assert _read(text) == [("tortured", "all", 18, None)]
    text = "7 mühafizəçi 18 məhbusa işgəncə verməkdə ittiham olunur."
    assert _read(text) == [("tortured", "all", 18, None)]
