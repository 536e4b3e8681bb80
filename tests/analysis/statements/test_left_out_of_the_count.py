"""Persons said to be left out of the figures ("A further 23 people detained later are not
included") are no whole of those released after them: the released are of the count before.
Persons detained later and not said to be left out are still the whole. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_released_after_a_count_left_out_are_of_the_count_before():
    text = (
        "Police detained 640 protesters in May. Another 35 people arrested in June are not "
        "included in these figures. 410 were released within a week."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 640, None),
        ("detained", 35, None),
        ("released", 410, 0),
    ]


def test_near_miss_a_later_count_not_left_out_is_the_whole():
    text = (
        "Police detained 640 protesters in May. A further 35 people were detained on Monday. "
        "20 were released."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("released", 20, 1)
