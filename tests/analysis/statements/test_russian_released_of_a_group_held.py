"""A Russian count of persons released named by their group («троих журналистов отпустили»)
is a part of that group counted held before («среди задержанных — пять журналистов»).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_released_of_the_group_held():
    text = (
        "На митинге полиция задержала 90 человек, в том числе пятерых журналистов. "
        "Вечером двоих журналистов отпустили."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 90, None),
        ("detained", "journalists", 5, 0),
        ("released", "journalists", 2, 1),
    ]


def test_more_released_than_held_are_others():
    """Near miss: more of the group released than were held are not of them."""
    text = (
        "На митинге полиция задержала 90 человек, в том числе пятерых журналистов. "
        "Из колоний по амнистии освобождены 12 журналистов."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("released", "journalists", 12, None)
