"""Points in time as a statement writes them: a day, a month, a year, a season, a decade, in
the forms of each language ("25 February 1992", «25 февраля 1992 года», "the early 1990s"),
each with the tokens it spans. Apart from ``dates`` because a point is read the same way
alone and as either end of a period, which ``dates`` reads.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from rightsledger.analysis.list_dates import month_numbers
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
# Quarters and halves of a year, as reports count periods ("the first quarter of 2023", "Q1
# 2023", «во втором полугодии 2023 года», "2023-cü ilin birinci rübündə"): the ordinal, and
# the months each part of each kind spans.
_ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
           "4th": 4},
    "ru": {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4},
    "az": {"birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "ilk": 1, "son": 0},
}  # fmt: skip
_QUARTER = {"en": ("quarter",), "ru": ("квартал",), "az": ("rüb",)}
_HALF = {"en": ("half",), "ru": ("полугоди",), "az": ("yarı", "yarıs")}
# The possessive ending of an Azerbaijani number ("20-si", "5-i", "3-nü"): "N of them", never
# a day before its month ("20 may", "20 mayda").
_AZ_OF_THEM = re.compile(r"s?[ıiuü](?:n[ıiuü]n?)?|n[ıiuü]")
# Azerbaijani May is the one month of three letters, too short to be read as the start of
# any word ("mayak", "maye"): its case forms are listed instead ("mayın 18-də", "mayda").
_AZ_MAY = frozenset({"may", "mayın", "mayda", "maydan", "maya", "mayadək", "mayacan"})
# "Q1 2023", "H2 2023": the letter of the part before its number, and parts in a year.
_SHORT_PARTS = {"q": 4, "h": 2}


@dataclass(frozen=True)
class Point:
    first: int
    last: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approximate: tuple[int, int] | None = None  # month range of a season or year range
    months: tuple[int, int] | None = None  # the whole months of a quarter or a half-year

    @property
    def precision(self) -> str:
        if self.approximate is not None:
            return "approximate"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None or self.months is not None else "year"


class PointFinder:
    """Reads the point in time that starts at a token; ``DateFinder`` builds on it."""

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
            if found and token.lower == "may" and token.text != "May":
                # "MAY" in capitals is the month only between a day and a year ("ON 9 AND 10
                # MAY 1999"), never the verb ("THEY MAY HAVE DIED", "THE 12 MAY HAVE DIED").
                dated = self.day(i - 1) is not None and self.year(i + 1) is not None
                return found if token.text == "MAY" and dated else None
            return found
        if self.language == "ru":
            return self.months.get(token.lower) or self.months.get(token.key)
        if token.lower in _AZ_MAY:
            return 5
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
            self._part_of_year(i) or self._season(i) or self._decade(i) or self._day_month(i)
            or self._month_day(i)
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
        if self.language == "az" and last > i and _AZ_OF_THEM.fullmatch(self.tokens[last].lower):
            return None  # "onlardan 20-si may ayında": twenty of them, in May
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

    def _part_of_year(self, i: int) -> Point | None:
        """A quarter or a half of a year with its year: "the first quarter of 2023", "Q1
        2023", «во втором полугодии 2023 года», "2023-cü ilin birinci rübündə"."""
        tokens = self.tokens
        if self.language == "az":
            found = self.year(i)
            if found is None or found[1] + 2 >= len(tokens):
                return None
            part = self._part_named(found[1] + 1)
            return None if part is None else self._year_part(i, part[2], found[0], *part[:2])
        short = self._short_part(i)
        if short is not None:
            found = self.year(i + 2)
            return None if found is None else self._year_part(i, found[1], found[0], *short)
        part = self._part_named(i)
        if part is None:
            return None
        j = part[2] + 1
        if self.language == "en" and j < len(tokens) and tokens[j].lower == "of":
            j += 1
        found = self.year(j)
        return None if found is None else self._year_part(i, found[1], found[0], *part[:2])

    def _short_part(self, i: int) -> tuple[int, int] | None:
        """ "Q3", "H1" (a letter and its number, read as two tokens): (number, parts)."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i + 1].space_before or tokens[i + 1].kind != "num":
            return None
        parts = _SHORT_PARTS.get(tokens[i].lower)
        return None if parts is None else (int(tokens[i + 1].value or 0), parts)

    def _part_named(self, i: int) -> tuple[int, int, int] | None:
        """An ordinal and the word of a quarter or a half at ``i``: (number, parts in a year,
        the word's index)."""
        tokens = self.tokens
        if i + 1 >= len(tokens):
            return None
        number = _ORDINALS[self.language].get(tokens[i].key or tokens[i].lower)
        word = tokens[i + 1]
        if number is None:
            return None
        for kinds, parts in ((_QUARTER, 4), (_HALF, 2)):
            if any((word.key or word.lower).startswith(k) for k in kinds[self.language]):
                return (number or parts), parts, i + 1  # "son rübü": the last one
        return None

    def _year_part(self, first: int, last: int, year: int, number: int, parts: int) -> Point | None:
        if not 1 <= number <= parts:
            return None
        size = 12 // parts
        return Point(first, last, year, months=((number - 1) * size + 1, number * size))

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


def _four_digits(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


def month_tokens(text: str, tokens: list[Token], language: str) -> frozenset[int]:
    """The tokens that name a month, with or without a day or year ("in February", «в
    феврале», "fevralda")."""
    finder = PointFinder(text, tokens, language)
    return frozenset(i for i in range(len(tokens)) if finder.month(i) is not None)
