"""Russian «вернули» (gave back, in the active) releases persons only if they were held — by
their own noun or by the whole they are part of — as English "returned" and "came back" do.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_a_part_of_hostages_given_back():
    text = "Из 30 заложников боевики вернули девятерых."
    assert _read(text) == [("captured", "all", 30, None), ("released", "all", 9, 0)]


def test_prisoners_of_war_given_back_in_an_exchange():
    assert _read("По итогам обмена стороне вернули 64 военнопленных.") == [
        ("released", "all", 64, None)
    ]


def test_near_miss_refugees_taken_back_to_a_camp():
    assert _read("Власти вернули 300 беженцев в лагерь.") == []
