"""Azerbaijani: violence used on persons ("23 əsgərə qarşı zorakılıq tətbiq edib", used
violence against 23 soldiers; "zorakılığa məruz qalıb", subjected to violence) is torture as
statements count it, as «применяли насилие к …» is in Russian. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_violence_used_against_soldiers_is_torture():
    text = "Bölük komandiri 14 əsgərə qarşı zorakılıq tətbiq etdi."
    assert ("tortured", "servicemen", 14) in claim_fields(text, "az", FIELDS)


def test_those_subjected_to_violence_were_tortured():
    text = "Təcridxanada 9 nəfər zorakılığa məruz qalıb."
    assert ("tortured", "all", 9) in claim_fields(text, "az", FIELDS)


def test_a_count_of_cases_of_violence_names_no_persons():
    # Near miss: the appeals about violence are no persons it befell.
    text = "Zorakılıqla bağlı 31 müraciət daxil olub."
    assert not any(category == "tortured" for category, *_ in claim_fields(text, "az", FIELDS))
