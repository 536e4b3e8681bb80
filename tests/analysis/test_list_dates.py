"""Lists' dates: one reader for the import and the linkage, each date with its precision."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from rightsledger.analysis.linkage.features import _dates, _years
from rightsledger.analysis.list_dates import ListDate, read_list_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1993-10-19", ListDate(1993, 10, 19)),
        ("1993-10-19 08:30", ListDate(1993, 10, 19)),
        ("19.10.1993", ListDate(1993, 10, 19)),
        ("19/10/1993", ListDate(1993, 10, 19)),
        ("19-10-1993", ListDate(1993, 10, 19)),
        ("1993/10/19", ListDate(1993, 10, 19)),
        ("19.10.93", ListDate(1993, 10, 19)),
        ("19.10.05", ListDate(2005, 10, 19)),
        ("19 October 1993", ListDate(1993, 10, 19)),
        ("Oct 19, 1993", ListDate(1993, 10, 19)),
        ("19 октября 1993 г.", ListDate(1993, 10, 19)),
        ("19 октября 1993 года", ListDate(1993, 10, 19)),
        ("19 oktyabr 1993", ListDate(1993, 10, 19)),
        ("19 Oktyabr 1993-cü il", ListDate(1993, 10, 19)),
        ("3 İyun 1992", ListDate(1992, 6, 3)),
        ("10.1993", ListDate(1993, 10)),
        ("1993-10", ListDate(1993, 10)),
        ("October 1993", ListDate(1993, 10)),
        ("октябрь 1993 г.", ListDate(1993, 10)),
        ("oktyabr 1993", ListDate(1993, 10)),
    ],
)
def test_the_forms_lists_write(text: str, expected: ListDate) -> None:
    assert read_list_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "1993", "31.02.1993", "19.13.1993", "10/19/1993", "19 Brumaire 1993", "two days ago",
     "19.10", "Octobre"],
)  # fmt: skip
def test_what_is_no_date_gives_none(text: str) -> None:
    # A bare year is a year (the import's year_of reads it), not a date; a month first
    # date is not guessed; an impossible day is no day.
    assert read_list_date(text) is None


def test_precision_and_the_day_it_stands_for() -> None:
    assert read_list_date("19.10.1993").precision == "day"  # type: ignore[union-attr]
    month = read_list_date("октябрь 1993")
    assert month is not None
    assert (month.precision, month.date) == ("month", dt.date(1993, 10, 1))


def test_the_linkage_reads_the_same_dates() -> None:
    values = pd.Series(["19 октября 1993 г.", "1993-10-19", "10.1993", "", "nonsense"])
    read = _dates(values)
    assert read.iloc[:2].tolist() == ["1993-10-19", "1993-10-19"]
    assert read.iloc[2:].isna().all()  # a month only, nothing, not a date
    years = _years(values)
    assert years.iloc[:3].tolist() == [1993, 1993, 1993]
    assert years.iloc[3:].isna().all()
