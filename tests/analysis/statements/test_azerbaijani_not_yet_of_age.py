"""Azerbaijani says minors as those "not yet come to 18": "18 yaşına çatmamış" (the age in the
dative, the negated participle of "çatmaq"), before the count or as the predicate of a part.
They are children; those who have come to 18 ("18 yaşına çatmış") are not. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_age_not_yet_reached_before_the_count():
    text = "Dəstə kənddən 18 yaşına çatmamış 14 nəfəri qaçırıb."
    assert _read(text) == [("captured", "children", 14)]


def test_age_not_yet_reached_as_the_predicate_of_a_part():
    text = "Məzarlıqdan çıxarılan meyitlərdən 9-u 18 yaşına çatmamış şəxslərdir."
    assert _read(text) == [("found_dead", "children", 9)]


def test_the_participle_with_a_copula():
    text = "Qalıqlardan dördü 16 yaşına çatmamışdır."
    assert _read(text) == [("found_dead", "children", 4)]


def test_near_miss_age_reached_is_no_child():
    text = "Dəstə kənddən 18 yaşına çatmış 14 nəfəri qaçırıb."
    assert _read(text) == [("captured", "all", 14)]
