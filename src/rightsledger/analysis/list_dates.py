"""Dates as victim lists write them, read once for the import and for the linkage.

Lists write a date in many forms: ISO (1992-02-26), day first with dots, slashes or dashes
(26.02.1992, 26/02/1992, 26.02.92), the month by its name in English, Russian or
Azerbaijani ("26 February 1992", "February 26, 1992", «26 февраля 1992 г.», "26 fevral
1992"), year first in Armenian ("1992 թ. փետրվարի 26"), or only a month («02.1992»,
"February 1992", "fevral 1992", "1992 թ. փետրվար"). Each is read with the precision it has;
a date that cannot be read gives None, and its text stays as given. A bare year ("1992",
«1992 г.», "1992-ci il", "1992 թ.") is no date, but :func:`read_list_year` reads its year.

A numeric date is read day first, as lists from the region write it, unless its list writes
month first (an American NGO's 02/26/1992). That is decided per list, never per value
(:func:`writes_month_first`): a list some of whose dates can only be month first (the
second number over 12) and more of them than can only be day first is read month first
in all its dates, 03/06/1991 as 6 March. A list with no such evidence stays day first.
The import and the linkage decide with the same function, over the same dates of a list.

Month names in every form (genitive «февраля», nominative «февраль», abbreviated "Feb")
come from CLDR through PyICU, as the statement reader takes them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import icu

LANGUAGES = ("en", "ru", "az", "hy")


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


# The word after a year: Russian г./года, Azerbaijani il/-ci il, Armenian թ. (թվական).
_YEAR_WORD = re.compile(r"\s*(?:г\.?|гг\.?|года|год|il|ildə|-ci il|-cı il|-cu il|-cü il|թ\.?)\s*$")
_NUMERIC = (
    # (pattern, the order of its groups)
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?"), "ymd"),
    (re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})"), "dmy"),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})"), "dmy"),
    (re.compile(r"(\d{1,2})[./](\d{4})"), "my"),
    (re.compile(r"(\d{4})-(\d{1,2})"), "ym"),
)
# A numeric date with the day and the month in either order (the year last).
_EITHER_ORDER = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s.-]+([^\W\d_]+)\.?,?[\s.-]+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")
# Year first, as Armenian lists write a date: "1992 թ. փետրվարի 26", "1992 թ. փետրվար".
_YEAR_MONTH_DAY = re.compile(r"(\d{4})(?:\s*թ\.?)?,?\s+([^\W\d_]+)\.?\s+(\d{1,2})")
_YEAR_MONTH = re.compile(r"(\d{4})(?:\s*թ\.?)?,?\s+([^\W\d_]+)\.?")
# A bare year, perhaps marked as reckoned ("c. 1950", "~1950").
_BARE_YEAR = re.compile(r"(?:c\.|ca\.|~)?\s*(\d{4})")


def writes_month_first(texts: Iterable[str]) -> bool:
    """Whether a list whose dates are ``texts`` writes its numeric dates month first.

    Only the dates that cannot be read both ways count: 04/14/1994 (month first) against
    14/04/1994 (day first). A list is month first where the first are more than the
    second; a list with neither keeps the region's day first.
    """
    month_first = day_first = 0
    for text in texts:
        match = _EITHER_ORDER.fullmatch(text.strip()) if text else None
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if second > 12 >= first:
            month_first += 1
        elif first > 12 >= second:
            day_first += 1
    return month_first > day_first


@functools.lru_cache(maxsize=65536)  # lists repeat their dates: one event date, many rows
def read_list_date(text: str, *, month_first: bool = False) -> ListDate | None:
    """``text`` as a date with its precision, or None where it is not one; a numeric
    date month first where its list writes so (:func:`writes_month_first`)."""
    # Python lower-cases a capital dotted İ ("İyun") to i and a combining dot.
    value = text.strip().lower().replace("i\u0307", "i").replace("ё", "е")
    value = _YEAR_WORD.sub("", value)
    for pattern, order in _NUMERIC:
        match = pattern.fullmatch(value)
        if match:
            if month_first and order == "dmy":
                order = "mdy"
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            year = parts["y"]
            if year < 100:
                year = _century(year)
            return _checked(year, parts["m"], parts.get("d"))
    named = (
        (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_MONTH_YEAR, "my"),
        (_YEAR_MONTH_DAY, "ymd"), (_YEAR_MONTH, "ym"),
    )  # fmt: skip
    for pattern, order in named:
        match = pattern.fullmatch(value)
        if match:
            groups = dict(zip(order, match.groups(), strict=True))
            month = _any_month().get(groups["m"])
            if month is None:
                return None
            return _checked(int(groups["y"]), month, int(groups["d"]) if "d" in groups else None)
    return None


@functools.lru_cache(maxsize=65536)
def read_list_year(text: str, *, month_first: bool = False) -> int | None:
    """The year of a list's date (:func:`read_list_date`), or of a bare year with or
    without its word («1992 г.», "1992-ci il", "1992 թ.", "c. 1950"); None where neither
    is given.  Lists give a year alone for a birth or an event as often as a date."""
    read = read_list_date(text, month_first=month_first)
    if read is not None:
        return read.year
    match = _BARE_YEAR.fullmatch(_YEAR_WORD.sub("", text.strip().lower()))
    return int(match.group(1)) if match else None


def _century(two_digits: int) -> int:
    """The year of a date written with two digits: this century unless that is still to
    come, the last one then (a list records what happened: 05.05.62 is 1962, where
    strptime's %y, which turns at 69, reads 2062)."""
    year = 2000 + two_digits
    return year if year <= dt.datetime.now(dt.UTC).year else year - 100


def _checked(year: int, month: int, day: int | None) -> ListDate | None:
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return ListDate(year, month, day)
