"""Lists' dates: one reader for the import and the linkage, each date with its precision."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from rightsledger.analysis.linkage.features import _dates, _years, prepare_features
from rightsledger.analysis.list_dates import (
    ListDate,
    read_list_date,
    read_list_year,
    writes_month_first,
)


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


# A list an American NGO wrote month first, and one from the region, day first; neither
# copied from a generator: the dates of one event week and of births, as such lists give them.
MONTH_FIRST_LIST = ["02/26/1992", "02/27/1992", "03/01/1992", "11/08/1949", "", "1992"]
DAY_FIRST_LIST = ["26.02.1992", "27/02/1992", "01.03.1992", "08/11/1949", "26 февраля 1992 г."]


def test_a_list_is_month_first_only_on_its_own_evidence() -> None:
    assert writes_month_first(MONTH_FIRST_LIST)
    assert not writes_month_first(DAY_FIRST_LIST)
    # No date that can only be read one way: the region's day first stays.
    assert not writes_month_first(["03/01/1992", "11/08/1949", "1992-02-26"])
    assert not writes_month_first([])
    # Evidence both ways: the larger side decides, and a tie stays day first.
    assert writes_month_first(["02/26/1992", "02/27/1992", "26/02/1992"])
    assert not writes_month_first(["02/26/1992", "26/02/1992"])


def test_a_month_first_list_reads_every_numeric_date_so() -> None:
    read = [read_list_date(text, month_first=True) for text in MONTH_FIRST_LIST[:4]]
    assert read == [
        ListDate(1992, 2, 26), ListDate(1992, 2, 27), ListDate(1992, 3, 1), ListDate(1949, 11, 8)
    ]  # fmt: skip
    # Only numeric dates change; a month named or ISO is read as before.
    assert read_list_date("1992-02-26", month_first=True) == ListDate(1992, 2, 26)
    assert read_list_date("Feb 26, 1992", month_first=True) == ListDate(1992, 2, 26)
    assert read_list_date("03/01/1992") == ListDate(1992, 1, 3)


def test_the_linkage_decides_the_order_per_list() -> None:
    records = pd.DataFrame(
        {
            "key": ["a1", "a2", "a3", "b1", "b2"],
            "source": ["ngo", "ngo", "ngo", "region", "region"],
            "full_name": ["Aliyev Vugar", "Mammadov Elchin", "Huseynov Ramiz",
                          "Алиев Вугар", "Мамедов Эльчин"],
            "event_date": ["02/26/1992", "03/01/1992", "", "26.02.1992", "03/01/1992"],
            "birth_date": ["", "", "11/08/1949", "", ""],
        }
    )  # fmt: skip
    features = prepare_features(records, "key", "source").set_index("unique_id")
    assert features.loc["a2", "event_date"] == "1992-03-01"  # its list is month first
    assert features.loc["b2", "event_date"] == "1992-01-03"  # its list is not
    assert features.loc["a3", "birth_date"] == "1949-11-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1992 թ. փետրվարի 26", ListDate(1992, 2, 26)),
        ("1992 թ. փետրվար", ListDate(1992, 2)),
        ("05.05.62", ListDate(1962, 5, 5)),
    ],
)
def test_armenian_order_and_two_digit_years(text: str, expected: ListDate) -> None:
    # A two-digit year still to come is of the last century: a list records the past.
    assert read_list_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1992", 1992), ("1992 г.", 1992), ("1992-ci il", 1992), ("1992 թ.", 1992),
     ("c. 1950", 1950), ("26.02.1992", 1992), ("1992 թ. փետրվար", 1992), ("two days", None)],
)  # fmt: skip
def test_a_year_alone_is_read_as_a_year(text: str, expected: int | None) -> None:
    assert read_list_year(text) == expected
