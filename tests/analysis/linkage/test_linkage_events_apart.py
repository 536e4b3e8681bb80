"""The same village with both entries' events dated more than a week apart is a level of its
own, learnt apart from the same village where an entry gives no date: lists that record one
person's event on one date tell a namesake of the village by his other date, while lists
that date each fate on its own learn that too.  A capture and a release after it, dates a
week apart or less, and an entry with no date stay with the village alone."""

from __future__ import annotations

from tests.analysis.linkage.pair_level import level_of

from rightsledger.analysis.linkage.context_comparison import PLACE_EVENTS_APART

PLACE = "Exact match on place_key"
KILLED = {"full_name": "Quliyev Həsən Rəşid oğlu", "birth_year": "1977",
          "place_of_origin": "Kəlbəcər", "event_date": "05.08.1993", "status": "killed"}  # fmt: skip
MISSING = {"full_name": "Kuliev Gasan", "birth_year": "1977", "place_of_origin": "Kelbadzhar",
           "event_date": "26.02.1992", "status": "missing"}  # fmt: skip


def _context(left: dict[str, str], right: dict[str, str]) -> str:
    return str(level_of(left, right, "context").label_for_charts)


def test_one_village_and_events_a_year_and_a_half_apart_are_a_level_of_their_own() -> None:
    assert _context(KILLED, MISSING) == PLACE_EVENTS_APART
    assert _context(MISSING, KILLED) == PLACE_EVENTS_APART
    # A list that gives the month only is compared by the month.
    assert _context(KILLED, {**MISSING, "event_date": "02.1992"}) == PLACE_EVENTS_APART


def test_a_date_missing_or_a_few_days_off_is_the_village_alone() -> None:
    # The near misses: no date on one side, a date two days or a week off, the same month.
    assert _context(KILLED, {**MISSING, "event_date": ""}) == PLACE
    assert _context(KILLED, {**MISSING, "event_date": "07.08.1993"}) == PLACE
    assert _context(KILLED, {**MISSING, "event_date": "12.08.1993"}) == PLACE
    assert _context(KILLED, {**MISSING, "event_date": "08.1993"}) == PLACE


def test_a_release_after_a_capture_is_one_captivity_not_two_events() -> None:
    captured = {**MISSING, "status": "captured"}
    released = {**KILLED, "status": "released"}
    assert _context(captured, released) == PLACE
    # Released before he was captured: two events.
    assert _context({**captured, "event_date": "05.09.1993"}, released) == PLACE_EVENTS_APART
