"""Azerbaijani "həbsdən azad edib" (released from custody): the word of custody in the
ablative right before a release says where from, and the persons are released; custody with
no release after it stays custody. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_released_from_custody_is_a_release():
    text = "Məhkəmə 5 müttəhimə bəraət verib və onları həbsdən azad edib."
    assert claim_fields(text, "az", FIELDS) == [("released", 5)]


def test_near_miss_custody_with_no_release_after_it():
    text = "5 fəal həbsdən sonra döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 5)]
