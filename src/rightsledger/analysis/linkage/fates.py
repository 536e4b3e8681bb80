"""A person dies once: two entries that record a death months apart, in places not
written alike, are two people.

Lists agree on when a person was killed within days (a date of capture for one of
death, a day's slip); namesakes of one village killed in another month, in another
place, are what such a pair is.  A date mistyped by a month (26.02 for 26.12) keeps its
place: the same place written alike leaves the pair to the model.  Nor is anyone
wounded, captured, released, displaced or lost a month or more after his death: an
entry of such a fate dated after another entry's death is another person.  Each rule
makes a conflict, as two different given names do: a reviewer may still join the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from rightsledger.analysis.linkage.distinct import map_distinct
from rightsledger.analysis.linkage.fate_words import fate_word
from rightsledger.analysis.list_dates import ListDate

__all__ = [
    "DEATH_STATUSES",
    "LIVING_STATUSES",
    "Deaths",
    "alive_after_death",
    "deaths_apart",
    "deaths_of",
    "fate_key",
    "fate_vocabularies",
]

# The statuses of a death: the registry hands the linkage victim statuses, of which killed and
# found_dead are deaths as the figures count them (records.figures.DEATH; a test holds the two
# together); the other words are lists' own, linked without the import's vocabulary.
DEATH_STATUSES = frozenset({"killed", "found_dead", "died_in_captivity", "died"})
# The fates of the living, named: a status the linkage does not know (a list's own word for a
# death, «погиб», "həlak olub") and "identified" (remains identified, years after the death)
# are neither, so that no death is taken for a sign of life.
LIVING_STATUSES = frozenset(
    {"injured", "wounded", "captured", "taken_hostage", "hostage", "detained", "released",
     "missing", "displaced"}
)  # fmt: skip
# Days between two deaths' dates given to the day, and months between two given to the
# month, beyond which they are two deaths (lists of one death agree within a week).
APART_DAYS = 31
APART_MONTHS = 2


@dataclass(frozen=True)
class Deaths:
    """Per record: whether it records a death, whether it records a fate of the living
    (``LIVING_STATUSES``: the person was alive at its event), the day (days since
    1970), the month (months since year 0) and the year of its event, NaN where not
    given, and its event place."""

    dead: npt.NDArray[np.bool_]
    alive: npt.NDArray[np.bool_]
    day: npt.NDArray[np.float64]
    month: npt.NDArray[np.float64]
    year: npt.NDArray[np.float64]
    place: npt.NDArray[np.object_]


def fate_key(status: pd.Series) -> pd.Series:
    """Each status as one word (:func:`fate_words.fate_word`); None where not given."""
    words = map_distinct(status.fillna("").astype(str), fate_word)
    return words.where(words != "")


def fate_vocabularies(fates: pd.Series, sources: pd.Series) -> pd.Series:
    """Per record, the vocabulary its fate word belongs to (None where no fate is given):
    words that one list uses side by side are of one vocabulary, and so, in turn, are
    the words of every list that shares one of them.

    Lists write fates in their own language («погиб», "şəhid", զոհվել է, killed); a
    word of one language tells nothing of a word of another, while two words of one
    list are two fates that list tells apart.  The vocabularies are the connected parts
    of the words, linked by the lists that use them."""
    parent: dict[str, str] = {}

    def root(word: str) -> str:
        while parent.setdefault(word, word) != word:
            parent[word] = parent[parent[word]]
            word = parent[word]
        return word

    pairs = pd.DataFrame({"source": sources, "fate": fates}).dropna().drop_duplicates()
    for words in pairs.groupby("source", sort=False)["fate"]:
        first, *rest = words[1].tolist()
        for word in rest:
            parent[root(word)] = root(first)
    return map_distinct(fates, root)


def _kinds(status: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whether each status is a death, and whether it is a fate of the living."""
    # "found dead" and "found_dead" alike: the words of a status joined by underscores.
    joined = fate_key(status)
    return joined.isin(DEATH_STATUSES), joined.isin(LIVING_STATUSES)


def deaths_of(status: pd.Series, features: pd.DataFrame) -> Deaths:
    """The deaths of records whose ``status`` is given, aligned with ``features`` (the
    columns ``event_date``, ``event_month``, ``event_year`` and ``event_place_fold``)."""
    dead, alive = _kinds(status)
    day = pd.to_datetime(features["event_date"], errors="coerce")
    days = ((day - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype=np.float64, na_value=np.nan)
    month = features["event_month"].astype("string")
    months = (
        pd.to_numeric(month.str[:4], errors="coerce") * 12
        + pd.to_numeric(month.str[5:7], errors="coerce")
    ).to_numpy(dtype=np.float64, na_value=np.nan)
    years = features["event_year"].astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan)
    place = (
        features["event_place_fold"]
        .astype(object)
        .where(features["event_place_fold"].notna(), None)
    )
    return Deaths(
        dead.to_numpy(dtype=bool),
        alive.to_numpy(dtype=bool),
        days,
        months,
        years,
        place.to_numpy(dtype=object),
    )


def deaths_of_entries(
    statuses: Sequence[str], dates: Sequence[ListDate | None], places: Sequence[str | None]
) -> Deaths:
    """The same for entries taken one by one (a pair shown to a reviewer): each one's
    status, event date as read from its list, and event place folded as the features fold
    it."""
    dead, alive = _kinds(pd.Series(list(statuses), dtype=object))

    def each(value: Callable[[ListDate], float | None]) -> npt.NDArray[np.float64]:
        return np.array(
            [np.nan if d is None or value(d) is None else value(d) for d in dates],
            dtype=np.float64,
        )

    epoch = dt.date(1970, 1, 1)
    return Deaths(
        dead.to_numpy(dtype=bool),
        alive.to_numpy(dtype=bool),
        each(lambda d: (d.date - epoch).days if d.day else None),
        each(lambda d: d.year * 12 + d.month if d.month else None),
        each(lambda d: d.year),
        np.array(list(places), dtype=object),
    )


def _later(
    deaths: Deaths, first: npt.NDArray[np.int64], then: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Whether ``then``'s event is a month or more after ``first``'s: by day, by month, or
    by month at the earliest where ``then`` gives its year alone ("1994 г.": January) and
    at the latest where ``first`` does (December)."""
    earliest = np.where(np.isnan(deaths.month), deaths.year * 12 + 1, deaths.month)
    latest = np.where(np.isnan(deaths.month), deaths.year * 12 + 12, deaths.month)
    with np.errstate(invalid="ignore"):
        days = deaths.day[then] - deaths.day[first] > APART_DAYS
        months = earliest[then] - latest[first] >= APART_MONTHS
    return days | months


def alive_after_death(
    deaths: Deaths, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Pairs (row numbers) of which one records a death and the other a fate of the
    living (wounded, captured, displaced, missing …) a month or more later: the dead are
    not wounded or displaced afterwards, so the later entry is someone else (a namesake
    of the village, a son named after his father)."""
    right_later = deaths.dead[left] & deaths.alive[right] & _later(deaths, left, right)
    left_later = deaths.dead[right] & deaths.alive[left] & _later(deaths, right, left)
    return right_later | left_later


def deaths_apart(
    deaths: Deaths, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Pairs (row numbers) of two deaths a month or more apart, whose event places are
    not the same as written (or not given)."""
    both = deaths.dead[left] & deaths.dead[right]
    with np.errstate(invalid="ignore"):
        days = np.abs(deaths.day[left] - deaths.day[right]) > APART_DAYS
        months = np.abs(deaths.month[left] - deaths.month[right]) >= APART_MONTHS
    places_l, places_r = deaths.place[left], deaths.place[right]
    same_place = (places_l == places_r) & pd.notna(places_l)
    return both & (days | months) & ~same_place
