"""A part opened by "of" or "among" and its whole's own group named again, set off by a comma
("Among the soldiers, six are badly hurt", "Of the 120 women, 9 were beaten"), is of that
group; a whole named again by another word ("Among the returnees") gives the part no group.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_among_the_group_of_the_whole():
    text = (
        "Forty soldiers returned from captivity on Sunday. Among the soldiers, six are badly hurt."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("released", "servicemen", 40, None),
        ("injured", "servicemen", 6, 0),
    ]


def test_of_the_whole_counted_again_by_its_group():
    text = (
        "Police detained 500 people. Of those detained, 120 were women. "
        "Of the 120 women, 9 were beaten in custody."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("tortured", "women", 9, 1)


def test_near_miss_the_whole_named_again_by_another_word():
    text = (
        "Forty soldiers returned from captivity on Sunday. Among the returnees, six are badly hurt."
    )
    assert claim_fields(text, "en", FIELDS)[-1][1] == "all"
