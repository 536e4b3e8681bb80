"""The precision a date is stored with follows what was entered."""

from __future__ import annotations

import datetime as dt

import pytest

from rightsledger.records import models as rm
from rightsledger.records.dates import precision_for, with_precisions

DAY = dt.date(1992, 2, 26)


@pytest.mark.parametrize(
    ("date", "given", "stored"),
    [(DAY, None, "day"), (DAY, "", "day"), (DAY, "unknown", "day"), (DAY, "month", "month"),
     (DAY, "year", "year"), (DAY, "approximate", "approximate"), (None, "", "unknown"),
     (None, None, "unknown"), (None, "year", "year")],
)  # fmt: skip
def test_a_full_date_without_a_precision_is_an_exact_day(
    date: dt.date | None, given: str | None, stored: str
) -> None:
    assert precision_for(date, given) == stored


def test_every_date_of_a_record_is_settled() -> None:
    values = {"start_date": DAY, "start_precision": "unknown", "end_date": DAY,
              "end_precision": "year", "title": "x"}  # fmt: skip
    settled = with_precisions(rm.Event, values)
    assert settled == {**values, "start_precision": "day", "end_precision": "year"}
    assert values["start_precision"] == "unknown"  # the input is left as it was


def test_a_date_changed_alone_keeps_the_stored_precision() -> None:
    stored = rm.Act(date=DAY, date_precision="month")
    assert with_precisions(rm.Act, {"date": dt.date(1992, 3, 1)}, stored)["date_precision"] == (
        "month"
    )
    undated = rm.Act(date=None, date_precision="unknown")
    assert with_precisions(rm.Act, {"date": DAY}, undated)["date_precision"] == "day"
    assert with_precisions(rm.Act, {"notes": "n"}, undated) == {"notes": "n"}


def test_models_without_a_precision_are_left_alone() -> None:
    # A source has a date but no precision field: nothing is added.
    assert with_precisions(rm.Source, {"date": DAY}) == {"date": DAY}
