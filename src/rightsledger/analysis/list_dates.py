"""Dates as victim lists write them, read once for the import and for the linkage.

Lists write a date in many forms: ISO (1992-02-26), day first with dots, slashes or dashes
(26.02.1992, 26/02/1992, 26.02.92), the month by its name in English, Russian or
Azerbaijani ("26 February 1992", "February 26, 1992", «26 февраля 1992 г.», "26 fevral
1992"), or only a month («02.1992», "February 1992", "fevral 1992"). Each is read with the
precision it has; a date that cannot be read gives None, and its text stays as given. A
date with slashes is read day first, as lists from the region write it: a list that writes
month first (02/26/1992) is read as such only where the day cannot be a month, which
this reader does not guess (the date is then unreadable rather than wrong).

Month names in every form (genitive «февраля», nominative «февраль», abbreviated "Feb")
come from CLDR through PyICU, as the statement reader takes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import icu

LANGUAGES = ("en", "ru", "az")


@functools.cache
def month_numbers(language: str) -> dict[str, int]:
    """Every name ``language`` gives a month (lower case, no final dot, ё as е) → 1–12."""
    symbols = icu.DateFormatSymbols(icu.Locale(language))
    names: dict[str, int] = {}
    for context in (icu.DateFormatSymbols.FORMAT, icu.DateFormatSymbols.STANDALONE):
        for width in (icu.DateFormatSymbols.WIDE, icu.DateFormatSymbols.ABBREVIATED):
            for number, name in enumerate(symbols.getMonths(context, width), 1):
                names.setdefault(name.lower().rstrip(".").replace("ё", "е"), number)
    if language == "en":
        names["sept"] = 9
    return names


@functools.cache
def _any_month() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in LANGUAGES:
        for name, number in month_numbers(language).items():
            names.setdefault(name, number)
    return names


@dataclass(frozen=True)
class ListDate:
    """A date read from a list, as far as the list gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date:
        """The day, or the first day of the month or year known."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year`` (the values of ``DatePrecision``)."""
        return "day" if self.day else "month" if self.month else "year"


_YEAR_WORD = re.compile(r"\s*(?:г\.?|гг\.?|года|год|il|ildə|-ci il|-cı il|-cu il|-cü il)\s*$")
_NUMERIC = (
    # (pattern, the order of its groups)
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?"), "ymd"),
    (re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})"), "dmy"),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})"), "dmy"),
    (re.compile(r"(\d{1,2})[./](\d{4})"), "my"),
    (re.compile(r"(\d{4})-(\d{1,2})"), "ym"),
)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s.-]+([^\W\d_]+)\.?,?[\s.-]+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")


@functools.lru_cache(maxsize=65536)  # lists repeat their dates: one event date, many rows
def read_list_date(text: str) -> ListDate | None:
    """``text`` as a date with its precision, or None where it is not one."""
    # Python lower-cases a capital dotted İ ("İyun") to i and a combining dot.
    value = text.strip().lower().replace("i\u0307", "i").replace("ё", "е")
    value = _YEAR_WORD.sub("", value)
    for pattern, order in _NUMERIC:
        match = pattern.fullmatch(value)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            year = parts["y"]
            if year < 100:  # two digits, as strptime's %y reads them
                year += 1900 if year >= 69 else 2000
            return _checked(year, parts["m"], parts.get("d"))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_MONTH_YEAR, "my")):
        match = pattern.fullmatch(value)
        if match:
            groups = dict(zip(order, match.groups(), strict=True))
            month = _any_month().get(groups["m"])
            if month is None:
                return None
            return _checked(int(groups["y"]), month, int(groups["d"]) if "d" in groups else None)
    return None


def _checked(year: int, month: int, day: int | None) -> ListDate | None:
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return ListDate(year, month, day)
