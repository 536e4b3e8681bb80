"""A Russian count of the detained named by their detention («23 задержанным»), whom a word
of its own says are held again (an arrest), is a part of the detained counted before; a
later count named so is then a part of the whole, not of that part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_arrest_of_some_of_the_detained():
    text = (
        "На акции полиция задержала 112 человек. Суд назначил административный арест "
        "40 задержанным. Трое задержанных заявили, что их избивали."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 112, None),
        ("detained", "all", 40, 0),
        ("tortured", "all", 3, 0),
    ]


def test_an_arrest_of_persons_not_named_as_detained_stays_apart():
    """Near miss: persons arrested named by no earlier detention are their own figure."""
    text = "На акции полиция задержала 112 человек. Суд назначил арест 40 активистам."
    assert claim_fields(text, "ru", FIELDS)[-1][3] is None
