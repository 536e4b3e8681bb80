"""A Russian participle set off by commas after a count or its part, in the nominative as the
count, says what befell them when the predicate after it names no other fate («Десять из
них, получившие ранения, доставлены в госпиталь»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_wounded_said_by_a_participle():
    text = "Домой вернулись 80 пленных. Десять из них, получившие ранения, доставлены в госпиталь."
    assert claim_fields(text, "ru", FIELDS) == [("released", 80, None), ("injured", 10, 0)]


def test_near_miss_what_the_counted_did_to_another():
    text = "Задержаны 40 человек, из них 10, избившие полицейского, арестованы."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 40, None), ("detained", 10, 0)]
