"""Persons "held accountable" or "held responsible" for an act answer for it, as those
charged with it do: they are not its victims, and "no one" so held is no zero of the act;
the victims named after "for" are counted. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has been held accountable for the killing of the 22 fishermen.",
        "Three commanders were held responsible for the killing of 22 fishermen.",
    ],
)
def test_those_held_to_account_are_not_counted(text):
    assert claim_fields(text, "en", FIELDS) == [("killed", 22)]


def test_near_miss_persons_held_in_custody_are_detained():
    text = "Three men were held in custody after the killing of 22 fishermen."
    assert claim_fields(text, "en", FIELDS) == [("detained", 3), ("killed", 22)]


def test_azerbaijani_dead_counted_in_the_ablative():
    text = "Rəsmilər 2 nəfərin öldüyünü bildirir, yerli mənbələr isə ən azı 9 ölüdən danışır."
    assert claim_fields(text, "az", ("category", "count", "qualifier")) == [
        ("killed", 2, "exact"),
        ("killed", 9, "at_least"),
    ]
