"""Persons registered, named by a noun of their fate between the participle of registering and
their count ("Qeydiyyata alınan köçkünlərin sayı 9.000 nəfərdir", the registered displaced
number 9,000): the noun says what the register counts them as, as one before the verb does.
A noun of no fate there leaves them no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "tail", ["5.400 nəfərdir", "5.400 nəfər olub", "5.400 nəfərə çatıb"]
)  # fmt: skip
def test_registered_refugees_counted_after_the_participle(tail):
    text = f"Ötən həftə qeydiyyata alınan qaçqınların sayı {tail}."
    assert claim_fields(text, "az", FIELDS) == [("displaced", 5400)]


def test_registered_displaced_with_an_earlier_figure():
    text = "Qeydiyyata alınan məcburi köçkünlərin sayı 7.100 nəfərə çatıb; martda 4.900 idi."
    assert ("displaced", 7100) in claim_fields(text, "az", FIELDS)


def test_near_miss_registered_persons_of_no_fate():
    text = "Qeydiyyata alınan şəxslərin sayı 5.400 nəfərdir."
    assert claim_fields(text, "az", FIELDS) == []
