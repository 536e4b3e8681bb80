"""A list item's verb may run on past a longer adjunct before the comma that ends the item
(«из них 40 отпущены под подписку о невыезде до дня суда, 9 …»): the next
count is still an item of the list. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_an_item_after_a_long_adjunct_is_still_a_part():
    text = (
        "В Лугове полиция задержала 60 человек. Из них 40 отпущены под подписку о невыезде "
        "до дня суда, 9 заключены под стражу."
    )
    found = claim_fields(text, "ru", FIELDS)
    assert ("detained", "all", 60, None) in found, found
    assert ("released", "all", 40, 0) in found, found
    assert ("detained", "all", 9, 0) in found, found


def test_an_item_whose_verb_is_left_out_after_and_is_still_a_part():
    text = "Of the 64 civilians killed, 48 were killed by shelling and 16 by small arms fire."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "civilians", 64, None),
        ("killed", "civilians", 48, 0),
        ("killed", "civilians", 16, 0),
    ]


def test_a_count_after_and_with_a_verb_of_its_own_is_no_item():
    text = "Of the 64 civilians killed, 48 were killed by shelling and 16 were injured later."
    assert ("injured", "all", 16, 0) not in claim_fields(text, "en", FIELDS)
