"""Azerbaijani relative clauses stand before the persons they describe: "itkin düşənlərin
taleyini soruşan 25 qohum … saxlanılıb" (25 relatives who asked about the fate of the missing
were held). An act inside such a clause, before its active participle ("soruşan", who asked),
is its object: it did not befall the persons counted, whose verb comes after them.
Relatives are persons, counted as everyone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_relatives_who_asked_about_the_missing_were_held():
    text = "İtkin düşənlərin taleyini soruşan azı 30 qohum polis tərəfindən bir günlük saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 30, "at_least")]


def test_relatives_counted_alone_are_everyone():
    text = "Dünən 14 qohum qısa müddətə saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 14, "exact")]


def test_near_miss_the_missing_counted_by_their_own_participle():
    # The act's participle names the persons counted: nothing stands between.
    text = "İtkin düşən 30 nəfərin ailəsi məlumat gözləyir."
    assert [c[0] for c in claim_fields(text, "az", FIELDS)] == ["missing"]
