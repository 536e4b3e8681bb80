"""Russian «среди погибших» after a toll said to have risen («число погибших возросло до 27»)
and earlier, smaller reports told after it («утром сообщали о девяти погибших»): the part is
of the toll as it now stands, not of the last report named. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_dead_is_of_the_toll_they_rose_to():
    text = (
        "Число погибших при обрушении моста возросло до 19 человек. Утром спасатели сообщали "
        "о шести погибших. Среди погибших трое подростков."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 19, None),
        ("killed", "all", 6, None),
        ("killed", "children", 3, 0),
    ]


def test_a_part_after_a_larger_count_named_later_is_of_that_count():
    # Near miss: the count after the risen toll is larger, another tally, not a step on
    # the way to it; the part is of the last count named, as before.
    text = (
        "Число погибших при обрушении моста возросло до 19 человек. Всего в районе с начала "
        "года погибли 44 человека. Среди погибших трое подростков."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 19, None),
        ("killed", "all", 44, None),
        ("killed", "children", 3, 1),
    ]
