"""Days listed before their month ("on 3, 4 and 5 June") are dates, every one, never counts;
and "MAY" in capitals between a day and a year is the month ("ON 9 AND 10 MAY 1999"), not the
verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_three_days_listed_are_no_count():
    text = "Eight people were injured in the clashes on 3, 4 and 5 June 2024."
    assert _read(text) == [("injured", "all", 8, "exact")]


def test_four_days_listed_are_no_count():
    text = "Shelling on 2, 7, 9 and 14 March 2023 wounded 30 people."
    assert _read(text) == [("injured", "all", 30, "exact")]


def test_capital_may_after_a_day_is_the_month():
    text = "IN MEMORY OF THE 57 VILLAGERS WHO WERE KILLED ON 4 AND 5 MAY 1993"
    assert _read(text) == [("killed", "all", 57, "exact")]


def test_near_miss_counts_listed_before_a_noun_stay_counts():
    text = "Police detained 3, 4 and 5 people in the three towns on 5 June 2024."
    assert _read(text) == [
        ("detained", "all", 3, "exact"),
        ("detained", "all", 4, "exact"),
        ("detained", "all", 5, "exact"),
    ]


def test_near_miss_capital_may_as_a_verb_after_a_count():
    text = "THE 12 MAY HAVE DIED IN THE CELLAR IN 1999."
    assert _read(text) == [("killed", "all", 12, "exact")]
