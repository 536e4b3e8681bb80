"""Azerbaijani "Martın 14-də 25 nəfər saxlanılıb, aprelin 3-də isə daha 12 nəfər": a count
after a place or a time, with "daha" (another) before it and no verb of its own, has the verb
of the count before it left out; so after "aprel ayında" (in the month of April). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "category", "first", "second"),
    [
        ("Martın 14-də 25 nəfər saxlanılıb, aprelin 3-də isə daha 12 nəfər.", "detained", 25, 12),
        ("Martda 25 nəfər saxlanılıb, aprel ayında isə daha 12 nəfər.", "detained", 25, 12),
        ("Martda 25 nəfər saxlanılıb, aprel ayında isə 12.", "detained", 25, 12),
        ("Göyçayda 22 nəfər həlak olub, Laçında isə daha 11.", "killed", 22, 11),
    ],
)
def test_the_count_has_the_verb_before_it(text, category, first, second):
    assert claim_fields(text, "az", FIELDS) == [
        (category, first, None),
        (category, second, None),
    ]


def test_near_miss_a_count_with_a_verb_of_its_own_keeps_it():
    text = "Göyçayda 22 nəfər həlak olub, daha 11 nəfər isə yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("killed", 22, None), ("injured", 11, None)]
