"""«Итоги недели: 9 погибших, 22 раненых»: a Russian label that names only a period gives the
numbers after it no noun; the word after each number says what it counts. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_each_count_keeps_its_own_word():
    text = "Итоги недели: 5 погибших, 14 раненых, 2 пропавших без вести."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 5), ("injured", 14), ("missing", 2)]


def test_near_miss_a_period_alone_counts_nothing():
    assert claim_fields("Срок ареста, суток: 15.", "ru", FIELDS) == []
