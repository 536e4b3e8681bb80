"""Azerbaijani may say the verb once, in the last of two parallel parts each opened by where
(a locative or an ablative), the second marked by "isə": "Şimalda 34, cənubda isə 19 nəfər
həlak olub". The bare number of the first part has that verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_two_places_one_verb():
    text = "Yuxarı məhəllədə 12, aşağı məhəllədə isə 7 nəfər yaralanıb."
    assert _read(text) == [("injured", 12), ("injured", 7)]


def test_two_graves_one_verb():
    text = "Birinci xəndəkdən 21, ikincisindən isə 9 nəfərin qalıqları çıxarılıb."
    assert _read(text) == [("found_dead", 21), ("found_dead", 9)]


def test_near_miss_a_number_with_a_noun_of_its_own():
    text = "Yuxarı məhəllədə 12 ev var, aşağı məhəllədə isə 7 nəfər yaralanıb."
    assert _read(text) == [("injured", 7)]
