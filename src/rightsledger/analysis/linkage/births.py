"""A person is born once: two entries whose births cannot be one birth are two people.

An age is what a neighbour or a relative told the clerk, rounded or counted at another
date than the event's, and a year reckoned from it may be a few years off; a birth year a
list states is copied from a document, and a slip in it moves it a year or two, seldom
more.  Two lists may each be a year or two off the other way; stated years four or more
apart are two births: a namesake of the village, a cousin named after the same
grandfather.  Two dates given to the day slip in one part (a digit of the
day, a month, a year) or read day and month the other way round; two dates that share
neither the day nor the month are two births; 1 January is where many registers put a
birth known by its year alone, so it is not set against another day.  Each rule makes a
conflict, as two different given names do: a reviewer may still join the two.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["STATED_YEARS_APART", "Births", "births_apart", "births_of"]

# Stated birth years this many years apart or more are two people (years reckoned from
# ages are left to the model's levels).
STATED_YEARS_APART = 4


@dataclass(frozen=True)
class Births:
    """Per record: the birth year as a list states it (NaN where none is stated, or where
    it is reckoned from an age), and the month and day of a birth given to the day (NaN
    otherwise)."""

    stated_year: npt.NDArray[np.float64]
    month: npt.NDArray[np.float64]
    day: npt.NDArray[np.float64]


def births_of(features: pd.DataFrame) -> Births:
    """The births of the records of ``features`` (the columns ``birth_year``,
    ``birth_from_age`` and ``birth_date``, an ISO date where given to the day)."""
    year = features["birth_year"].astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan)
    from_age = features["birth_from_age"].fillna(False).to_numpy(dtype=bool)
    date = features["birth_date"].astype("string")
    month = pd.to_numeric(date.str[5:7], errors="coerce").to_numpy(dtype=np.float64)
    day = pd.to_numeric(date.str[8:10], errors="coerce").to_numpy(dtype=np.float64)
    return Births(np.where(from_age, np.nan, year), month, day)


def births_apart(
    births: Births, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Pairs (row numbers) whose stated birth years are :data:`STATED_YEARS_APART` or more
    apart, or whose two birth dates given to the day share neither day nor month (nor are
    one another with day and month swapped, nor is either 1 January)."""
    with np.errstate(invalid="ignore"):
        years = np.abs(births.stated_year[left] - births.stated_year[right]) >= STATED_YEARS_APART
        month_l, month_r = births.month[left], births.month[right]
        day_l, day_r = births.day[left], births.day[right]
        other_day = (month_l != month_r) & (day_l != day_r)
        swapped = (month_l == day_r) & (day_l == month_r)
    given = ~np.isnan(month_l) & ~np.isnan(month_r) & ~np.isnan(day_l) & ~np.isnan(day_r)
    given &= ~((month_l == 1) & (day_l == 1)) & ~((month_r == 1) & (day_r == 1))
    return years | (given & other_day & ~swapped)
