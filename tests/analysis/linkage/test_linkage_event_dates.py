"""Event dates a day or two apart, and a date given to the month only against a day: weighed
by the event comparison where a list gives no place, by the context one where both do."""

from __future__ import annotations

from typing import Any

from tests.analysis.linkage.pair_level import level_of

KILLED = {"full_name": "Sultanov Nizami Kamal oğlu", "event_date": "16.01.1992"}


def _context_level(left: dict[str, str], right: dict[str, str]) -> Any:
    # Neither gives a place: the event date is weighed alone.
    return level_of(left, right, "event")


def _label(right: dict[str, str]) -> str:
    return str(_context_level(KILLED, right).label_for_charts)


def test_dates_a_day_or_two_apart_are_a_level_above_a_week() -> None:
    assert _label({"full_name": "Султанов Низами", "event_date": "18 января 1992 г."}) == (
        "event dates a day or two apart"
    )
    assert _label({"full_name": "Султанов Низами", "event_date": "21.01.1992"}) == (
        "event dates within a week"
    )


def test_a_month_only_date_agrees_with_a_day_of_that_month() -> None:
    assert _label({"full_name": "Nizami Sultanov", "event_date": "01.1992"}) == (
        "same month, one date a month only"
    )
    # Another month is another event, not a date left out.
    level = _context_level(KILLED, {"full_name": "Nizami Sultanov", "event_date": "03.1992"})
    assert level._is_else_level
    # A year alone says nothing of the event.
    level = _context_level(KILLED, {"full_name": "Nizami Sultanov", "event_date": "1992"})
    assert level.is_null_level


def test_with_places_on_both_sides_the_dates_are_part_of_the_context() -> None:
    left = {**KILLED, "place_of_origin": "Qorçu kəndi"}
    right = {"full_name": "Султанов Низами", "event_date": "18 января 1992 г.",
             "place_of_origin": "Гаджиалылы"}  # fmt: skip
    assert str(level_of(left, right, "context").label_for_charts) == (
        "event dates a day or two apart"
    )
    assert level_of(left, right, "event").is_null_level
    # A place on one side only: the context says nothing, the event date speaks alone.
    assert level_of(KILLED, right, "context").is_null_level
    assert str(level_of(KILLED, right, "event").label_for_charts) == (
        "event dates a day or two apart"
    )
