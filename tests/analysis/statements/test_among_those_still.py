"""A part "among those still" in a state ("two journalists among those still in pre-trial
detention") is of the count said to remain so, when one was given ("120 remain in pre-trial
detention"); else of the whole the state was counted in. A later part "of the people arrested"
is then of all arrested, not of the two. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_among_those_still_held_is_of_the_count_still_held():
    text = (
        "Guards held 760 people at the stadium. Of those held, 95 remain in pre-trial "
        "detention. We raised the cases of four journalists among those still in pre-trial "
        "detention. At least 30 of the people held were beaten."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 760, None),
        ("detained", "all", 95, 0),
        ("detained", "journalists", 4, 1),
        ("tortured", "all", 30, 0),
    ]


def test_with_no_count_still_held_it_is_of_the_whole():
    text = (
        "Police arrested 640 people in April. Three journalists are among those still in custody."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 640, None),
        ("detained", "journalists", 3, 0),
    ]
