"""Persons not released or returned whose name says how they are held (hostages, prisoners of
war), counted or named as the group the count is taken from, are still held: "Around 25 of
the hostages have not been released", «Около 25 заложников так и не были освобождены»,
"Girovların 25-ə yaxını azad edilməyib" read captured about 25. Persons whose name says no
custody ("25 residents have not been returned") give no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Around 25 of the hostages have not been released.", "en"),
        ("Около 25 заложников так и не были освобождены.", "ru"),
        ("Girovların 25-ə yaxını azad edilməyib.", "az"),
    ],
)
def test_hostages_not_released_are_still_held(text, language):
    assert claim_fields(text, language, FIELDS) == [("captured", 25, "about", None)]


def test_prisoners_of_war_counted_and_not_returned():
    text = "Some 40 prisoners of war have not been returned."
    assert claim_fields(text, "en", FIELDS) == [("captured", 40, "about", None)]


def test_near_miss_persons_named_with_no_custody_give_no_figure():
    assert claim_fields("25 residents have not been returned.", "en", FIELDS) == []
