"""Dates and periods with their precision.

Month names in every form the three languages write them (English "Feb", Russian genitive
«февраля» and nominative «февраль», Azerbaijani «fevral») come from CLDR through PyICU
(``analysis.list_dates.month_numbers``, which lists' dates are read with too);
Russian forms CLDR lacks («в феврале») are reached through their dictionary form. The
grammar of dates and periods is ours: "on the night of 25–26 February 1992", «в ночь с 25
на 26 февраля 1992 года», "fevralın 25-dən 26-na keçən gecə", "between 3 and 5 May",
"from November 1992 to April 1993", seasons and decades (approximate).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from rightsledger.analysis.list_dates import month_numbers
from rightsledger.analysis.statements.model import DateMention
from rightsledger.analysis.statements.tokens import Token

_SEASONS = {
    "en": {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
           "winter": (12, 2)},
    "ru": {"весна": (3, 5), "лето": (6, 8), "осень": (9, 11), "зима": (12, 2)},
    "az": {"yaz": (3, 5), "yay": (6, 8), "payız": (9, 11), "qış": (12, 2)},
}  # fmt: skip
_DECADE_PARTS = {
    "early": (0, 3), "mid": (3, 6), "late": (7, 9), "начал": (0, 3), "середин": (3, 6),
    "конц": (7, 9), "конец": (7, 9), "əvvəl": (0, 3), "orta": (3, 6), "sonlar": (7, 9),
}  # fmt: skip
_YEAR_WORDS = {"года", "году", "год", "г", "гг", "годах", "годов", "годы"}
_AZ_YEAR_SUFFIX = re.compile(r"^(?:ci|cı|cu|cü)$")
_TO = {"en": {"to", "until", "till", "through", "and"}, "ru": {"по", "до", "на"},
       "az": {"qədər", "dək"}}  # fmt: skip
_FROM = {"en": {"from", "between"}, "ru": {"с", "со", "от"}, "az": set()}
_DASHES = frozenset("-–—/")


@dataclass(frozen=True)
class Point:
    first: int
    last: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: tuple[int, int] | None = None  # month range of a season or year range

    @property
    def precision(self) -> str:
        if self.approximate is not None:
            return "approximate"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"


class DateFinder:
    def __init__(self, text: str, tokens: list[Token], language: str) -> None:
        self.text = text
        self.tokens = tokens
        self.language = language
        self.months = month_numbers(language)

    # -- pieces --------------------------------------------------------------------------
    def month(self, i: int) -> int | None:
        if i >= len(self.tokens) or self.tokens[i].kind != "word":
            return None
        token = self.tokens[i]
        if self.language == "en":
            found = self.months.get(token.lower)
            return found if found and (token.lower != "may" or token.text == "May") else None
        if self.language == "ru":
            return self.months.get(token.lower) or self.months.get(token.key)
        wide = [(name, n) for name, n in self.months.items() if len(name) > 3]
        return next((n for name, n in wide if token.lower.startswith(name)), None)

    def _after_abbreviation(self, i: int) -> int:
        nxt = i + 1
        if (
            nxt < len(self.tokens)
            and self.tokens[nxt].text == "."
            and not self.tokens[nxt].space_before
        ):
            return nxt
        return i

    def day(self, i: int) -> tuple[int, int] | None:
        if i >= len(self.tokens):
            return None
        token = self.tokens[i]
        if token.kind != "num" or not token.text.isdigit() or len(token.text) > 2:
            return None
        value = int(token.text)
        if not 1 <= value <= 31:
            return None
        return value, self._skip_ending(i)

    def _skip_ending(self, i: int) -> int:
        """Past "26-da", "25-го", "26th" written onto the digits."""
        tokens = self.tokens
        j = i + 1
        if j < len(tokens) and not tokens[j].space_before:
            if tokens[j].kind == "word":
                return j
            if (
                tokens[j].text == "-"
                and j + 1 < len(tokens)
                and tokens[j + 1].kind == "word"
                and not tokens[j + 1].space_before
            ):
                return j + 1
        return i

    def year(self, i: int) -> tuple[int, int] | None:
        if i >= len(self.tokens):
            return None
        token = self.tokens[i]
        if token.kind != "num" or not token.text.isdigit() or len(token.text) != 4:
            return None
        value = int(token.text)
        if not 1800 <= value <= 2100:
            return None
        last = self._skip_ending(i)
        nxt = last + 1
        tokens = self.tokens
        if nxt < len(tokens) and (tokens[nxt].lower in _YEAR_WORDS or (
            self.language == "az" and tokens[nxt].lower.startswith("il")
            and not tokens[nxt].lower.startswith("illər")
        )):  # fmt: skip
            last = self._after_abbreviation(nxt)
        return value, last

    # -- points --------------------------------------------------------------------------
    def point(self, i: int) -> Point | None:
        if i >= len(self.tokens):
            return None
        if self.tokens[i].kind == "numdate":
            return self._numeric(i)
        return (
            self._season(i) or self._decade(i) or self._day_month(i) or self._month_day(i)
            or self._az_year_first(i) or self._month_year(i) or self._year_only(i)
        )  # fmt: skip

    def _numeric(self, i: int) -> Point | None:
        text = self.tokens[i].text
        parts = [int(p) for p in re.split(r"[./-]", text)]
        year, month, day = parts if len(str(parts[0])) == 4 else parts[::-1]
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        return Point(i, i, year, month, day)

    def _with_year(self, point: Point, j: int) -> Point:
        if self.tokens[j - 1].text == "," and j - 1 > point.last:
            pass
        found = self.year(j) or (
            self.year(j + 1) if j < len(self.tokens) and self.tokens[j].text == "," else None
        )
        if found is None:
            return point
        return replace(point, year=found[0], last=found[1])

    def _day_month(self, i: int) -> Point | None:
        found = self.day(i)
        if found is None:
            return None
        day, last = found
        month = self.month(last + 1)
        if (
            month is None
            and self.language == "en"
            and last + 2 < len(self.tokens)
            and (
                self.tokens[last + 1].lower == "of"  # "26th of February"
            )
        ):
            last += 1
            month = self.month(last + 1)
        if month is None:
            return None
        point = Point(i, self._after_abbreviation(last + 1), None, month, day)
        return self._with_year(point, point.last + 1)

    def _month_day(self, i: int) -> Point | None:
        month = self.month(i)
        if month is None or self._month_in_the_locative(i):
            return None
        last = self._after_abbreviation(i)
        found = self.day(last + 1)  # "February 26", "fevralın 26-da"
        if found is None or (self.year(last + 1) is not None):
            return None
        point = Point(i, found[1], None, month, found[0])
        return self._with_year(point, point.last + 1)

    def _month_in_the_locative(self, i: int) -> bool:
        """«в октябре», "oktyabrda": in the month, which no day follows («в октябре 14
        человек …», "oktyabrda 14 nəfər …" count 14); a day goes with the genitive («14
        октября», "oktyabrın 14-də")."""
        word = self.tokens[i].lower
        if self.language == "ru":
            return word.endswith("е")
        return self.language == "az" and word.endswith(("da", "də"))

    def _month_year(self, i: int) -> Point | None:
        month = self.month(i)
        if month is None:
            return None
        last = self._after_abbreviation(i)
        found = self.year(last + 1)
        if found is None:
            return None
        return Point(i, found[1], found[0], month)

    def _az_year_first(self, i: int) -> Point | None:
        """ "1992-ci il fevralın 26-da", "1992-ci ilin fevral ayında"."""
        if self.language != "az":
            return None
        found = self.year(i)
        if found is None:
            return None
        year, last = found
        month = self.month(last + 1)
        if month is None:
            return None
        last += 1
        if last + 1 < len(self.tokens) and self.tokens[last + 1].lower.startswith("ayı"):
            last += 1
        day = self.day(last + 1)
        if day is not None:
            return Point(i, day[1], year, month, day[0])
        return Point(i, last, year, month)

    def _year_only(self, i: int) -> Point | None:
        found = self.year(i)
        if found is None:
            return None
        return Point(i, found[1], found[0])

    def _season(self, i: int) -> Point | None:
        seasons = _SEASONS[self.language]
        token = self.tokens[i]
        if self.language == "az":
            found = self.year(i)
            if found and found[1] + 1 < len(self.tokens):
                word = self.tokens[found[1] + 1].lower
                season = next((v for k, v in seasons.items() if word.startswith(k)), None)
                if season:
                    return Point(i, found[1] + 1, found[0], approximate=season)
            return None
        season = seasons.get(token.key) or seasons.get(token.lower)
        if season is None:
            return None
        j = i + 1
        if self.language == "en" and j < len(self.tokens) and self.tokens[j].lower == "of":
            j += 1
        found = self.year(j)
        if found is None:
            return None
        return Point(i, found[1], found[0], approximate=season)

    def _decade(self, i: int) -> Point | None:
        tokens = self.tokens
        part = _DECADE_PARTS.get(tokens[i].lower) or next(
            (v for k, v in _DECADE_PARTS.items() if tokens[i].lower.startswith(k)), None
        )
        j = i + 1 if part else i
        if part and j < len(tokens) and tokens[j].kind == "punct" and tokens[j].text == "-":
            j += 1
        if j >= len(tokens) or tokens[j].kind != "num" or not _four_digits(tokens[j].text):
            return None  # "12,5" (twelve and a half) is four characters and no year
        value = int(tokens[j].text)
        if value % 10 or not 1800 <= value <= 2100:
            return None
        suffix_last = self._skip_ending(j)
        ending = tokens[suffix_last].lower if suffix_last > j else ""
        is_decade = ending in {"s", "х", "x"} or (
            self.language == "az" and suffix_last + 1 < len(tokens)
            and tokens[suffix_last + 1].lower.startswith("illər")
        )  # fmt: skip
        if not is_decade:
            return None
        last = suffix_last
        if last + 1 < len(tokens) and (
            tokens[last + 1].lower in _YEAR_WORDS or tokens[last + 1].lower.startswith("illər")
        ):
            last += 1
            if self.language == "az" and last + 1 < len(tokens):
                after = tokens[last + 1].lower
                part = part or next(
                    (v for k, v in _DECADE_PARTS.items() if after.startswith(k)), None
                )
                if any(after.startswith(k) for k in _DECADE_PARTS):
                    last += 1
        low, high = part or (0, 9)
        return Point(i if part else j, last, value + low, approximate=(value + low, value + high))

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
        if point.last > point.first:
            return True
        previous = self.tokens[point.first - 1].lower if point.first > 0 else ""
        following = self.tokens[point.first + 1] if point.first + 1 < len(self.tokens) else None
        if following is not None and following.kind == "word" and not following.space_before:
            return self.language == "az"
        return previous in {"in", "since", "of", "until", "by", "from", "to", "в", "с", "до",
                            "year", ",", "and"} or following is None or (
            following.kind == "punct"
        )  # fmt: skip

    def _period(self, i: int) -> tuple[Point, Point] | None:
        tokens = self.tokens
        start = i
        opener = tokens[i].lower in _FROM[self.language] or tokens[i].lower == "between"
        j = i + 1 if opener else i
        # A bare day before a full date: "25–26 February", «с 25 на 26 февраля», "between 3 and 5 May".
        day = self.day(j)
        if day is not None:
            k = day[1] + 1
            if k < len(tokens) and (
                tokens[k].text in _DASHES or tokens[k].lower in _TO[self.language]
            ):
                end = self.point(k + 1)
                if end is not None and end.day is not None and end.day > day[0]:
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
    return f"{point.year:04d}-{point.month or 1:02d}-{point.day or 1:02d}"


def _end_of(point: Point) -> str:
    assert point.year is not None
    if point.approximate is not None:
        low, high = point.approximate
        if low > 12:
            return f"{high:04d}-12-31"
        year = point.year + (1 if high < low else 0)
        return f"{year:04d}-{high:02d}-{calendar.monthrange(year, high)[1]:02d}"
    month = point.month or 12
    day = point.day or calendar.monthrange(point.year, month)[1]
    return f"{point.year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, tokens: list[Token], language: str) -> tuple[list[DateMention], set[int]]:
    """The dates of the text, and the token indices they use (never counts)."""
    return DateFinder(text, tokens, language).find()


def _four_digits(text: str) -> bool:
    return len(text) == 4 and text.isdigit()
