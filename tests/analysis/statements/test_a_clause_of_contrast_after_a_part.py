"""A count opened by "while" or "whereas" with a verb of its own, after a part of the figure
before, sets a clause against that one: it is no further part of the same whole ("95 soldiers
came home, 12 of them wounded, while 95 prisoners were handed over" hands over others).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_count_after_while_is_no_part_of_the_whole_before():
    text = (
        "In Monday's exchange 60 soldiers came home, 9 of them seriously wounded, "
        "while 60 enemy prisoners were handed over."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("released", 60, None),
        ("injured", 9, 0),
        ("released", 60, None),
    ]


def test_near_miss_a_list_of_parts_goes_on_past_and():
    text = "Police detained 50 people, 8 of them journalists and 4 lawyers."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", 50, None),
        ("detained", 8, 0),
        ("detained", 4, 0),
    ]
