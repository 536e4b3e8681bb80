"""Azerbaijani "X nəticəsində" (as a result of X) closes a clause of cause, as "görə" does:
an act in X (a demolition, a fire) is not said of the count after it. Those put out of their
homes ("evlərindən çıxarılıb") are displaced. Statements written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_the_demolition_is_of_the_houses_not_of_the_residents():
    text = "Məhəllənin sökülməsi nəticəsində 450-dən çox sakin evlərindən çıxarılıb."
    assert claim_fields(text, "az", FIELDS) == [("displaced", "all", 450, "at_least")]


def test_evicted_by_the_police():
    text = "Polis 38 ailəni evlərindən zorla çıxarıb, 120 sakin evlərindən çıxarılıb."
    assert ("displaced", "all", 120, "exact") in claim_fields(text, "az", FIELDS)


def test_near_miss_the_verb_after_the_cause_still_binds():
    text = "Yanğın nəticəsində 4 nəfər həlak olub."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 4, "exact")]


def test_near_miss_remains_brought_out_are_found_dead():
    text = "Ekspertlər məzarlıqdan 12 nəfərin qalıqlarını çıxarıb."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", "all", 12, "exact")]
