""" "Soldiers held 200 villagers at the school. The fate of 15 of them taken from the school
at night remains unknown": a part of persons taken, with no act of its own, whose fate its
clause says nobody knows, disappeared, as a count read first there would. A part whose fate
is not said to be unknown keeps its whole's act. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_led_off_whose_fate_is_unknown():
    text = (
        "Soldiers held 200 villagers at the school. "
        "The fate of 15 of them taken from the school at night remains unknown."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 200, None), ("disappeared", 15, 0)]


def test_a_part_of_the_detainees_moved_whose_fate_is_unknown():
    text = (
        "At least 90 men were detained in the gym. "
        "The fate of 12 of the detainees removed from the gym on 3 May is still unknown."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 90, None), ("disappeared", 12, 0)]


def test_near_miss_a_part_said_to_remain():
    text = (
        "Soldiers held 200 villagers at the school. "
        "15 of them taken from the school at night remain in the barracks."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 200, None), ("detained", 15, 0)]
