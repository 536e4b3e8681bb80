"""What some of those released suffered in captivity, or tell of it, is a part of the release
("of the 60 hostages freed, 25 said they had been tortured", "among them 25 who were badly
hurt", «из 60 отпущенных заложников 25 сообщили о пытках», "onlardan 25-i döyüldüklərini
bildirib");
a "none" said of them all is no part («никто из заложников не пострадал»). Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Of the 60 hostages freed, 25 said they had been tortured.", "en", ("tortured", 25, 0)),
        (
            "The militia freed 60 fishermen on Tuesday, among them 25 who were badly hurt.",
            "en",
            ("injured", 25, 0),
        ),
        ("Из 60 отпущенных заложников 25 сообщили о пытках.", "ru", ("tortured", 25, 0)),
        (
            "Bu həftə 60 nəfər azad edilib, onlardan 25-i döyüldüklərini bildirib.",
            "az",
            ("tortured", 25, 0),
        ),
    ],
)
def test_what_some_of_those_released_suffered_is_a_part_of_the_release(text, language, part):
    assert claim_fields(text, language, FIELDS) == [("released", 60, None), part]


def test_none_of_those_released_hurt_is_no_part():
    text = "На свободу вышли 60 заложников. Никто из заложников не пострадал."
    assert claim_fields(text, "ru", FIELDS) == [("released", 60, None), ("injured", 0, None)]
