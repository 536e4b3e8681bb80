"""Azerbaijani says a shared verb once, last: "Kənddə 7 nəfər, şəhərdə 3 nəfər yaralanıb"
(where, by a locative of any noun), "Səhər 7 nəfər, axşam daha 3 nəfər yaralanıb" (another
three, of what befell the seven): the count before the comma takes the verb of the count
after it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Kənddə 7 nəfər, şəhərdə 3 nəfər yaralanıb.",
        "Səhər saatlarında 7 nəfər, axşam isə daha 3 nəfər yaralanıb.",
    ],
)
def test_the_first_count_takes_the_verb_said_last(text):
    assert claim_fields(text, "az", FIELDS) == [("injured", 7), ("injured", 3)]


def test_near_miss_a_count_with_its_own_verb_keeps_it():
    text = "Kənddə 7 nəfər saxlanılıb, şəhərdə 3 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 7), ("injured", 3)]
