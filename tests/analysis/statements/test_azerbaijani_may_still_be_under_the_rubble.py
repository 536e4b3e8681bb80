"""Azerbaijani "25 sakin dağıntılar altında qala bilər" (may still be under the rubble): the
modal says their fate is not known, which is what the missing are; no prospect of a fate to
come, as "həlak ola bilər" (may die) is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_may_still_be_under_the_rubble():
    text = "Xilasedicilərin sözlərinə görə, 10-a yaxın sakin hələ də uçqun altında qala bilər."
    assert claim_fields(text, "az", FIELDS) == [("missing", 10, "about")]


def test_may_be_under_the_ruins():
    text = "Təxminən 14 nəfər dağıntılar altında ola bilər."
    assert claim_fields(text, "az", FIELDS) == [("missing", 14, "about")]


def test_near_miss_may_die_is_a_prospect():
    text = "Həkimlərin sözlərinə görə, yaralılardan daha 3 nəfər həlak ola bilər."
    assert claim_fields(text, "az", FIELDS) == []
