""" "gündə" after a number of days ("son iki gündə", "3 gündə": in the last two days, in three
days) names the days, as "son gündə" does: the count after it is a count, not a rate per day
("gündə 300 nəfər"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_in_the_last_two_days():
    text = "Son iki gündə 900-ə yaxın sakin təxliyə edilib."
    assert _read(text) == [("displaced", "all", 900, "about")]


def test_in_three_days_with_digits():
    assert _read("Aksiyadan sonrakı 3 gündə 64 nəfər saxlanılıb.") == [
        ("detained", "all", 64, "exact")
    ]


def test_near_miss_a_rate_per_day():
    assert _read("Gündə 250 nəfər qonşu ölkəyə keçir.") == []
