"""The linkage model's comparisons of context: the place of origin and the event's date.

Namesakes and relatives share places and events far more often than random pairs do, so
the u of these levels is measured among other people of one family name (:func:`context_u`),
and the event's date is weighed apart where a list gives no place. Part of :mod:`comparisons`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl

from rightsledger.analysis.linkage.levels import custom

__all__ = ["CONTEXT_LEVELS", "context_comparison", "context_u", "event_comparison"]


def _similar_place() -> Any:
    return cll.JaroWinklerLevel("place_fold", 0.88)


CONTEXT_LEVELS = ("place and event", "event", "place")


def context_u(features: pd.DataFrame) -> dict[str, float]:
    """u of the context levels, measured among pairs of *other people of one family
    name*: records with one surname root and different given names.

    Namesakes and relatives live and suffer together far more often than random pairs
    do, and how much more depends on the lists at hand (how many places and events, how
    clustered the family names), so it is measured rather than assumed; it is then the
    right u beside a surname that already agrees.  Returns the share of such pairs
    with the same place and event, the same event only and the same place only.
    """
    frame = features.dropna(subset=["surname_root", "given_canon", "place_key", "event_date"])

    def pairs(*keys: str) -> float:
        sizes = frame.groupby(list(keys)).size().to_numpy(dtype=np.float64)
        return float((sizes * (sizes - 1) / 2).sum())

    def others(*keys: str) -> float:
        return pairs("surname_root", *keys) - pairs("surname_root", *keys, "given_canon")

    total = others()
    if total < 100:
        return dict(zip(CONTEXT_LEVELS, CONTEXT_U_DEFAULT, strict=True))
    both = others("place_key", "event_date")
    event = others("event_date") - both
    place = others("place_key") - both
    shares = (both / total, event / total, place / total)
    return {
        level: min(0.5, max(1e-4, share))
        for level, share in zip(CONTEXT_LEVELS, shares, strict=True)
    }


CONTEXT_U_DEFAULT = (0.04, 0.05, 0.16)  # when the input is too small to measure


_EVENT_DAYS = "ABS(date_diff('day', CAST(event_date_l AS DATE), CAST(event_date_r AS DATE)))"


def context_comparison(u: dict[str, float]) -> Any:
    """Place of origin and event date, as one comparison: both are shared by a household
    and by a village, so they are one piece of evidence, not two.  u of the levels
    :func:`context_u` measures (the same place key and the same event date) is
    that measure, fixed; a place only spelled alike has its u from random pairs; m is
    trained.  Dates a few days apart (captured one
    day, reported killed later) are neither for nor against.  The same place where both
    entries date their event more than a week apart (:data:`EVENTS_APART`) is a level of its
    own, before the place alone: its m is learnt apart from that of a place beside an entry
    that gives no date, since lists that date one person's event alike tell a namesake of
    the village by another date, and lists that date each fate on its own do not; its u is
    the place's.  Where one list gives no place, :func:`_event_comparison` weighs the event
    date alone."""
    same_event = cll.ExactMatchLevel("event_date")
    same_place = cll.ExactMatchLevel("place_key")
    return cl.CustomComparison(
        output_column_name="context",
        comparison_levels=[
            custom("place_key_l IS NULL OR place_key_r IS NULL", "a place not given").configure(
                is_null_level=True
            ),
            _fixed_u(cll.And(same_event, same_place), u["place and event"]),
            _fixed_u(same_event, u["event"]),
            _fixed_u(
                custom(f"place_key_l = place_key_r AND {EVENTS_APART}", PLACE_EVENTS_APART),
                u["place"],
            ),
            _fixed_u(same_place, u["place"]),
            # Spelled alike is not the same place: villages share their qualifier
            # (Yuxarı/Aşağı/Böyük/Köhnə …), which Jaro-Winkler's prefix bonus rewards.
            # Its u comes from random pairs, as for any trained level.
            _similar_place().configure(label_for_charts="place spelled alike"),
            *_near_event_levels(),
            _released_after_capture(),
            cll.ElseLevel(),
        ],
    )


def _later(then: str, first: str) -> str:
    """SQL: ``then``'s event is after ``first``'s, by day where both give the day, else by
    month (a later month)."""
    return (
        f"COALESCE(event_date_{then} > event_date_{first}, "
        f"event_month_{then} > event_month_{first}, FALSE)"
    )


# A capture in one list and a release in another, dated after it: the two ends of one
# captivity, which lists date each by its own event (``fate_status``, the registry's
# status of each list's word).
RELEASED_AFTER_CAPTURE = (
    f"(fate_status_l = 'captured' AND fate_status_r = 'released' AND {_later('r', 'l')}) "
    f"OR (fate_status_r = 'captured' AND fate_status_l = 'released' AND {_later('l', 'r')})"
)


# Both entries date their event, more than a week apart (to the day where both give the day,
# else by the month), and not as the two ends of one captivity: the same village is then
# learnt apart from a village whose entry gives no date, since the lists at hand may
# record one person's event on one date (a namesake's was another) or each fate on its own.
EVENTS_APART = (
    "CASE WHEN event_date_l IS NOT NULL AND event_date_r IS NOT NULL "
    f"THEN {_EVENT_DAYS} > 7 "
    "ELSE COALESCE(event_month_l <> event_month_r, FALSE) END "
    f"AND NOT COALESCE({RELEASED_AFTER_CAPTURE}, FALSE)"
)
PLACE_EVENTS_APART = "same place, events apart"


def _released_after_capture() -> Any:
    """Event dates apart where one entry records a capture and the other a release after
    it: the two ends of one captivity, not the "else" of two events that cannot be one
    person's.  m is trained (each comparison learns its own), u sampled.  Just before
    "else": a place or a date that agrees still says what it says."""
    return custom(RELEASED_AFTER_CAPTURE, "captured, then released later")


def _near_event_levels() -> list[Any]:
    """Event dates near each other without being one, as both the context and the event
    comparison weigh them (each learns its own m)."""
    return [
        custom(f"{_EVENT_DAYS} <= 2", "event dates a day or two apart"),
        custom(f"{_EVENT_DAYS} <= 7", "event dates within a week"),
        # One list gives only the month ("07.1993"): the same month is all it can say.
        custom(
            "(event_date_l IS NULL OR event_date_r IS NULL) AND event_month_l = event_month_r",
            "same month, one date a month only",
        ),
    ]


def event_comparison(u: dict[str, float]) -> Any:
    """The event date where a list gives no place: the context comparison says nothing of
    such a pair, and its levels are learnt from pairs that give places, which in some cases'
    lists nearly always agree; the event's evidence is learnt here from the pairs that lack
    a place.  u of "same date" is that of :func:`context_u` (namesakes and relatives share
    their events), whatever the places."""
    no_place = "(place_key_l IS NULL OR place_key_r IS NULL)"
    return cl.CustomComparison(
        output_column_name="event",
        comparison_levels=[
            custom(
                f"NOT {no_place} OR event_month_l IS NULL OR event_month_r IS NULL",
                "places given, or an event date missing",
            ).configure(is_null_level=True),
            _fixed_u(cll.ExactMatchLevel("event_date"), u["place and event"] + u["event"]),
            *_near_event_levels(),
            _released_after_capture(),
            cll.ElseLevel(),
        ],
    )


def _fixed_u(level: Any, u: float) -> Any:
    return level.configure(u_probability=u, fix_u_probability=True)
