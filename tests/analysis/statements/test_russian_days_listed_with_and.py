"""«Скончались 4 и 6 июля»: two days of one month joined by «и» are dates, neither a count.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_two_days_of_a_month_are_no_count():
    text = "Трое раненых скончались в больнице 4 и 6 июля 2023 года."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 3)]


def test_near_miss_a_count_before_a_day():
    text = "Погибли 4 человека и 6 июля ещё двое."
    assert claim_fields(text, "ru", FIELDS)[0] == ("killed", 4)
