"""Azerbaijani counts by year or month with the verb said once, last ("2023-cü ildə 18,
2024-cü ildə isə 27 halı sənədləşdirib"): the bare count has the verb of the one after it.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_count_by_year_takes_the_verb_said_last():
    text = "Mərkəz 2023-cü ildə 18, 2024-cü ildə isə 27 məcburi itkin düşmə halını sənədləşdirib."
    assert claim_fields(text, "az", FIELDS) == [("disappeared", 18), ("disappeared", 27)]


def test_a_count_by_month():
    text = "Martda 9, aprel ayında isə 16 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 9), ("detained", 16)]


def test_a_count_with_its_own_noun_and_verb_stays():
    # Near miss: the first count has a noun and a verb of its own, no fate.
    text = "2023-cü ildə 18 şikayət daxil olub, 2024-cü ildə isə 27 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 27)]
