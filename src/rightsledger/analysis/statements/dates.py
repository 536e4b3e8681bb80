"""Dates and periods with their precision.

Month names in every form the three languages write them (English "Feb", Russian genitive
«февраля» and nominative «февраль», Azerbaijani «fevral») come from CLDR through PyICU
(``analysis.list_dates.month_numbers``, which lists' dates are read with too);
Russian forms CLDR lacks («в феврале») are reached through their dictionary form. The
grammar of dates and periods is ours: "on the night of 25–26 February 1992", «в ночь с 25
на 26 февраля 1992 года», "fevralın 25-dən 26-na keçən gecə", "between 3 and 5 May",
"from November 1992 to April 1993", seasons and decades (approximate). A single point in
time (a day, a month, a year, a season, a decade) is read in ``date_points``; this module
makes periods of them and renders the mentions.
"""

from __future__ import annotations

import calendar
from dataclasses import replace

from rightsledger.analysis.statements.date_points import Point, PointFinder
from rightsledger.analysis.statements.lexicon import lexicon
from rightsledger.analysis.statements.model import DateMention
from rightsledger.analysis.statements.quantities.years import subject_after
from rightsledger.analysis.statements.tokens import Token

_TO = {"en": {"to", "until", "till", "through", "and"}, "ru": {"по", "до", "на"},
       "az": {"qədər", "dək"}}  # fmt: skip
_FROM = {"en": {"from", "between"}, "ru": {"с", "со", "от"}, "az": set()}
_DASHES = frozenset("-–—/")
# The «и» that joins the last two days of one month («скончались 9 и 11 марта»): each a date,
# never a count (English reads "9 and 11 March" with its "and" of "between 3 and 5 May").
_LISTED_DAYS_AND = {"en": frozenset(), "ru": frozenset({"и"}), "az": frozenset()}


class DateFinder(PointFinder):
    """Periods and single dates of a text, from the points ``PointFinder`` reads."""

    # -- mentions ------------------------------------------------------------------------
    def find(self) -> tuple[list[DateMention], set[int]]:
        mentions: list[tuple[Point, Point]] = []
        i = 0
        while i < len(self.tokens):
            found = self._period(i) or self._single(i)
            if found is None:
                i += 1
                continue
            mentions.append(found)
            i = found[1].last + 1
        return self._render(mentions)

    def _single(self, i: int) -> tuple[Point, Point] | None:
        point = self.point(i)
        if point is None or (point.year is None and point.month is None):
            return None
        if point.precision == "year" and not self._year_in_context(point):
            return None
        return point, point

    def _year_in_context(self, point: Point) -> bool:
        if self._az_part_after_its_whole(point):
            return False
        if point.last > point.first:
            return True
        if subject_after(self.tokens, point.last + 1, lexicon(self.language)):
            return False  # ", 1830 were later found dead", «, 1830 из которых»: a count
        previous = self.tokens[point.first - 1].lower if point.first > 0 else ""
        following = self.tokens[point.first + 1] if point.first + 1 < len(self.tokens) else None
        if following is not None and following.kind == "word" and not following.space_before:
            return self.language == "az"
        return previous in {"in", "since", "of", "until", "by", "from", "to", "в", "с", "до",
                            "year", ",", "and"} or following is None or (
            following.kind == "punct"
        )  # fmt: skip

    def _az_part_after_its_whole(self, point: Point) -> bool:
        """ "3890 itkin düşmüş şəxsdən 1830-nun şəxsiyyəti …": a number with its ending
        right after a whole in the ablative is a part of it, not a year ("1830-cu ildə" is)."""
        if self.language != "az" or point.first == 0 or point.last == point.first:
            return False
        ending = self.tokens[point.last].lower
        before = self.tokens[point.first - 1].lower
        return before.endswith(("dan", "dən")) and not ending.startswith(("il", "c"))

    def _period(self, i: int) -> tuple[Point, Point] | None:
        tokens = self.tokens
        start = i
        opener = tokens[i].lower in _FROM[self.language] or tokens[i].lower == "between"
        j = i + 1 if opener else i
        # A bare day before a full date: "25–26 February", «с 25 на 26 февраля», "between 3 and 5 May".
        day = self.day(j)
        if day is not None:
            k, last_day = self._past_listed_days(day)
            if k < len(tokens) and (
                tokens[k].text in _DASHES
                or tokens[k].lower in _TO[self.language]
                or tokens[k].lower in _LISTED_DAYS_AND[self.language]
            ):
                end = self.point(k + 1)
                if end is not None and end.day is not None and end.day > last_day:
                    first = Point(start if opener else j, day[1], end.year, end.month, day[0])
                    return first, end
        if self.language == "az":
            return self._az_period(i)
        opening = self.point(j)
        if opening is None:
            return None
        first = opening
        k = first.last + 1
        if k < len(tokens) and (tokens[k].text in _DASHES or tokens[k].lower in _TO[self.language]):
            end = self.point(k + 1)
            if end is not None and (opener or tokens[k].text in _DASHES):
                if first.year is None and end.year is not None:
                    year = end.year - (1 if (first.month or 0) > (end.month or 0) else 0)
                    first = replace(first, year=year)
                if first.year is not None:
                    return replace(first, first=start), end
        return None

    def _past_listed_days(self, day: tuple[int, int]) -> tuple[int, int]:
        """Past bare days listed by commas before the last two of a list of days: "on 3, 4
        and 5 June", «3, 4 и 5 июня» are the days of one month, each a date and never a
        count. Where the list's word after the days stands, and the last day listed."""
        k, last_day = day[1] + 1, day[0]
        while k + 1 < len(self.tokens) and self.tokens[k].text == ",":
            listed = self.day(k + 1)
            if listed is None or listed[0] <= last_day:
                break
            k, last_day = listed[1] + 1, listed[0]
        return k, last_day

    def _az_period(self, i: int) -> tuple[Point, Point] | None:
        """ "fevralın 25-dən 26-na", "1992-ci ilin noyabrından 1993-cü ilin aprelinə qədər"."""
        tokens = self.tokens
        month = self.month(i)
        if month is not None:
            low, high = self.day(i + 1), None
            if low is not None and tokens[low[1]].lower.endswith(("dən", "dan")):
                high = self.day(low[1] + 1)
            if low is not None and high is not None and high[0] > low[0]:
                return self._az_close(
                    Point(i, low[1], None, month, low[0]),
                    Point(low[1] + 1, high[1], None, month, high[0]),
                )
        opening = self.point(i)
        if opening is None:
            return None
        first = opening
        word = tokens[first.last].lower
        if not word.endswith(("dən", "dan")):
            return None
        end = self.point(first.last + 1)
        if end is None and first.day is not None:
            day = self.day(first.last + 1)  # "1992-ci il fevralın 25-dən 26-na"
            if day is not None and day[0] > first.day:
                end = Point(first.last + 1, day[1], first.year, first.month, day[0])
        if end is None:
            return None
        return self._az_close(first, end)

    def _az_close(self, first: Point, end: Point) -> tuple[Point, Point]:
        nxt = end.last + 1
        if nxt < len(self.tokens) and self.tokens[nxt].lower in _TO["az"]:
            end = replace(end, last=nxt)
        year = end.year or first.year
        if first.year is None and year is not None:
            first = replace(first, year=year)
        if end.year is None:
            end = replace(end, year=first.year)
        return first, end

    def _render(self, found: list[tuple[Point, Point]]) -> tuple[list[DateMention], set[int]]:
        years = [(a.first, a.year or b.year) for a, b in found if a.year or b.year]
        mentions: list[DateMention] = []
        used: set[int] = set()
        for first, last in found:
            inferred = False
            used.update(range(first.first, last.last + 1))
            if first.year is None and last.year is None:
                year = _nearest_year(years, first.first)
                if year is None:
                    continue  # a day and month with no year anywhere: not a count, no date
                first, last, inferred = replace(first, year=year), replace(last, year=year), True
            elif first.year is None:
                first = replace(first, year=last.year)
            elif last.year is None:
                last = replace(last, year=first.year)
            start_offset = self.tokens[first.first].start
            end_offset = self.tokens[last.last].end
            precision = _coarser(first.precision, last.precision)
            mentions.append(DateMention(
                start=_start_of(first), end=_end_of(last), precision=precision,
                as_stated=self.text[start_offset:end_offset], span=(start_offset, end_offset),
                year_inferred=inferred,
            ))  # fmt: skip
        return mentions, used


def _coarser(a: str, b: str) -> str:
    order = ["day", "month", "year", "approximate"]
    return order[max(order.index(a), order.index(b))]


def _nearest_year(years: list[tuple[int, int | None]], position: int) -> int | None:
    known = [(abs(p - position), y) for p, y in years if y is not None]
    return min(known)[1] if known else None


def _start_of(point: Point) -> str:
    assert point.year is not None
    if point.approximate is not None:
        low, _high = point.approximate
        if low > 12:  # a range of years (decade)
            return f"{low:04d}-01-01"
        return f"{point.year:04d}-{low:02d}-01"
    if point.months is not None:
        return f"{point.year:04d}-{point.months[0]:02d}-01"
    return f"{point.year:04d}-{point.month or 1:02d}-{point.day or 1:02d}"


def _end_of(point: Point) -> str:
    assert point.year is not None
    if point.approximate is not None:
        low, high = point.approximate
        if low > 12:
            return f"{high:04d}-12-31"
        year = point.year + (1 if high < low else 0)
        return f"{year:04d}-{high:02d}-{calendar.monthrange(year, high)[1]:02d}"
    month = point.months[1] if point.months is not None else point.month or 12
    day = point.day or calendar.monthrange(point.year, month)[1]
    return f"{point.year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, tokens: list[Token], language: str) -> tuple[list[DateMention], set[int]]:
    """The dates of the text, and the token indices they use (never counts)."""
    return DateFinder(text, tokens, language).find()
