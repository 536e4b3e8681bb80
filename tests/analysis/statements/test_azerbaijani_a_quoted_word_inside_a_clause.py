"""Azerbaijani puts the verb last, so a word or two set in quotes between a count and its
verb (a charge, a name: '"terror" ittihamı ilə') stand inside the clause and end nothing.
Quotes holding a stop or a comma, or a whole line of speech, are left as they were."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_a_quoted_charge_between_the_count_and_its_verb():
    text = 'Ötən ay ən azı 65 nəfər "terror" ittihamı ilə həbs edilib.'
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 65, "at_least")]


def test_a_quoted_name_of_two_words():
    text = '22 fəal "Yaşıl Vadi" aksiyasından sonra saxlanılıb.'
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 22, "exact")]


def test_near_miss_a_quoted_title_before_the_count_adds_no_act():
    text = '"Yaşıl Vadi" birliyinin 40 üzvü var.'
    assert claim_fields(text, "az", FIELDS) == []
