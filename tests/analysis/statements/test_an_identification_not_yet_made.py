""" "The remains of 64 others have yet to be identified", "15 have not been identified": an
identification denied is none; a part of bodies found is still found, and with no whole
there is no figure. "Yet to be released" is a release denied as "not released" is.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_others_yet_to_be_identified():
    text = (
        "So far 212 victims were identified by DNA; the remains of 35 others have yet to be "
        "identified."
    )
    assert _read(text) == [("identified", 212, None)]


def test_a_part_of_the_found_not_identified():
    text = "Of the 58 bodies recovered from the pit, 20 have not been identified."
    assert _read(text) == [("found_dead", 58, None), ("found_dead", 20, 0)]


def test_a_part_yet_to_be_released():
    text = "Gunmen seized 40 passengers from the bus; 9 of them have yet to be released."
    assert _read(text) == [("captured", 40, None), ("captured", 9, 0)]


def test_near_miss_an_identification_made():
    text = "Of the 58 bodies recovered from the pit, 38 have been identified."
    assert _read(text) == [("found_dead", 58, None), ("identified", 38, 0)]
