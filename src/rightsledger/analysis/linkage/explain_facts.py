"""What two records' dates, places and lists say of their being one person, in words a
reviewer reads: birth years and ages, the place of origin, the event's date, the list and
household, and fates a person cannot have had both. Part of :mod:`explain`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from rightsledger.analysis.linkage.fate_words import fate_word
from rightsledger.analysis.linkage.places import settlement_name
from rightsledger.analysis.linkage.reason_templates import Reason
from rightsledger.analysis.linkage.similarity import Agreement, name_agreement
from rightsledger.analysis.list_dates import ListDate, read_list_date, read_list_year
from rightsledger.analysis.list_statuses import read_list_status
from rightsledger.analysis.names.translit import fold

__all__ = [
    "birth_reasons", "birth_year", "event_reasons", "list_reasons", "place_reasons", "value_of",
]  # fmt: skip


def value_of(record: Mapping[str, str], column: str) -> str:
    """A record's value of ``column`` as text, blank where it gives none."""
    value = record.get(column)
    return "" if value is None else str(value).strip()


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _read(record: Mapping[str, str], column: str) -> ListDate | None:
    # The one reader of lists' dates, as the features read them, in the list's order.
    month_first = bool(value_of(record, "dates_month_first"))
    return read_list_date(value_of(record, column), month_first=month_first)


def _date(record: Mapping[str, str], column: str) -> dt.date | None:
    read = _read(record, column)
    return read.date if read is not None and read.day else None


def _age_at_event(record: Mapping[str, str]) -> tuple[int, int] | None:
    """The age and the event's year where the record's birth year is worked out from
    them (no birth date or year of its own; the event given to the day, the month or
    the year, as the features take it)."""
    if _year(record, "birth_date") or _stated_year(record):
        return None
    event = _year(record, "event_date")
    age = re.match(r"^\s*(\d{1,3})", value_of(record, "age"))
    if event is None or age is None:
        return None
    return int(age.group(1)), event


def _year(record: Mapping[str, str], column: str) -> int | None:
    # A date's year, or a year given alone, as the features read it.
    month_first = bool(value_of(record, "dates_month_first"))
    return read_list_year(value_of(record, column), month_first=month_first)


def _stated_year(record: Mapping[str, str]) -> int | None:
    # The year a list's birth-year column gives ("1965", "1965 г.р.").
    year = _YEAR.search(value_of(record, "birth_year"))
    return int(year.group(1)) if year else None


def birth_year(record: Mapping[str, str]) -> tuple[int | None, dt.date | None]:
    born = _date(record, "birth_date")
    if born:
        return born.year, born
    born_in = _year(record, "birth_date")
    if born_in:
        return born_in, None
    stated = _stated_year(record)
    if stated:
        return stated, None
    aged = _age_at_event(record)
    if aged:
        return aged[1] - aged[0], None
    return None, None


def birth_years_agree(left: Mapping[str, str], right: Mapping[str, str]) -> bool:
    """The birth years agree as far as the records tell (the model's
    ``levels.BIRTH_YEARS_AGREE``): the same, or one apart where one of them is the event's
    year less an age."""
    a, b = birth_year(left)[0], birth_year(right)[0]
    if a is None or b is None:
        return False
    from_age = _age_at_event(left) is not None or _age_at_event(right) is not None
    return a == b or (abs(a - b) == 1 and from_age)


def _age_against_birth(aged: Mapping[str, str], born: Mapping[str, str]) -> Reason | None:
    """An age with no date of its own, set against the other record's birth year and event
    (as the linkage's birth comparison does: within a year fits, three years is near)."""
    age = re.match(r"^\s*(\d{1,3})", value_of(aged, "age"))
    year, _ = birth_year(born)
    event = _year(born, "event_date")
    if age is None or year is None or event is None:
        return None
    gap = abs(event - year - int(age.group(1)))
    values = (age.group(1), str(year), str(event))
    if gap <= 1:
        return Reason("age_fits_birth", values, "for")
    return Reason("age_years_off_birth", values, "neither" if gap <= 3 else "against")


def birth_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    (a_year, a_date), (b_year, b_date) = birth_year(left), birth_year(right)
    if a_year is None and b_year is not None:
        return [_age_against_birth(left, right) or Reason("birth_unknown", (), "neither")]
    if b_year is None and a_year is not None:
        return [_age_against_birth(right, left) or Reason("birth_unknown", (), "neither")]
    if a_year is None or b_year is None:
        return [Reason("birth_unknown", (), "neither")]
    if a_date and b_date and a_date == b_date:
        return [Reason("born_same_date", (a_date.isoformat(),), "for")]
    if a_date and b_date and _other_birth_days(a_date, b_date):
        return [Reason("born_other_days", (a_date.isoformat(), b_date.isoformat()), "against")]
    gap = abs(a_year - b_year)
    if gap == 0:
        return [Reason("born_same_year", (str(a_year),), "for")]
    if gap == 1:
        return [_a_year_apart(left, right, a_year, b_year)]
    # An age is two or three years off now and then (the model's level of its own).
    aged = _age_at_event(left) or _age_at_event(right)
    direction = "neither" if gap == 2 or (gap == 3 and aged) else "against"
    return [Reason("born_years_apart", (str(gap), str(a_year), str(b_year)), direction)]


def _other_birth_days(a: dt.date, b: dt.date) -> bool:
    """The linkage's rule (``births.births_apart``): two dates given to the day that share
    neither the day nor the month, nor are one another with the two swapped."""
    # Imported here for the reason given in ``_fate_reasons``.
    import numpy as np

    from rightsledger.analysis.linkage.births import Births, births_apart

    births = Births(
        stated_year=np.array([np.nan, np.nan]),
        month=np.array([a.month, b.month], dtype=np.float64),
        day=np.array([a.day, b.day], dtype=np.float64),
    )
    return bool(births_apart(births, np.array([0]), np.array([1]))[0])


def _a_year_apart(
    left: Mapping[str, str], right: Mapping[str, str], a_year: int, b_year: int
) -> Reason:
    """Birth years a year apart: a slip, or (the model's level of its own) a year worked
    out from an age, which fits the year of birth before and after the birthday."""
    a_aged, b_aged = _age_at_event(left), _age_at_event(right)
    if a_aged and b_aged:
        return Reason("ages_a_year_off", (str(a_year), str(b_year)), "for")
    if a_aged or b_aged:
        age, event_year = a_aged or b_aged  # type: ignore[misc]
        other = b_year if a_aged else a_year
        return Reason("age_a_year_off", (str(age), str(event_year), str(other)), "for")
    return Reason("born_a_year_apart", (str(a_year), str(b_year)), "neither")


def place_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    a, b = value_of(left, "place_of_origin"), value_of(right, "place_of_origin")
    if not a or not b:
        return []
    if a == b:
        return [Reason("same_place", (a,), "for")]
    # The settlement's own name, as the model compares places: "Qorçu kəndi" is "Gorchu
    # village" written another way, and "Ağdam rayonu, Qorçu kəndi" the same village again.
    a_key, b_key = (" ".join(fold(w) for w in settlement_name(text).split()) for text in (a, b))
    if name_agreement(a_key.replace(" ", ""), b_key.replace(" ", "")) is not Agreement.DIFFERENT:
        return [Reason("same_place_other_spelling", (a, b), "for")]
    return [Reason("places_differ", (a, b), "against")]


def _shown(read: ListDate) -> str:
    if read.day:
        return read.date.isoformat()
    return f"{read.year:04d}-{read.month:02d}" if read.month else f"{read.year:04d}"


def _event(record: Mapping[str, str]) -> ListDate | None:
    """The event's date, or its year alone ("1993 г.") as the features take it."""
    read = _read(record, "event_date")
    year = _year(record, "event_date") if read is None else None
    return ListDate(year) if year is not None else read


def _released_after_capture(
    left: Mapping[str, str], right: Mapping[str, str], a: ListDate, b: ListDate
) -> tuple[str, str] | None:
    """The dates of capture and release where one list records a capture and the other a
    release dated after it (by day where both give the day, else by month), as the model's
    level of that name reads it (``context_comparison.RELEASED_AFTER_CAPTURE``); else
    None."""
    statuses = tuple(read_list_status(value_of(record, "status")) for record in (left, right))
    if statuses == ("released", "captured"):
        a, b = b, a
    elif statuses != ("captured", "released"):
        return None
    later = b.date > a.date if a.day and b.day else (b.year, b.month) > (a.year, a.month)
    return (_shown(a), _shown(b)) if later else None


def event_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    """The event dates, as the model's context levels: the same day, a day or two apart,
    within a week, the same month where one list gives only the month, a capture and a
    release after it, or different."""
    a_read, b_read = _read(left, "event_date"), _read(right, "event_date")
    if not a_read or not b_read or not a_read.month or not b_read.month:
        return []
    shown = (_shown(a_read), _shown(b_read))
    captivity = _released_after_capture(left, right, a_read, b_read)
    differ = (
        Reason("released_after_capture", captivity, "neither")
        if captivity
        else Reason("event_dates_differ", shown, "against")
    )
    if not a_read.day or not b_read.day:
        if (a_read.year, a_read.month) == (b_read.year, b_read.month):
            return [Reason("event_same_month", shown, "for")]
        return [differ]
    a, b = a_read.date, b_read.date
    if a == b:
        return [Reason("same_event_date", (a.isoformat(),), "for")]
    days = abs((a - b).days)
    if days == 1:
        return [Reason("event_dates_a_day_apart", shown, "for")]
    if days <= 7:
        direction = "for" if days == 2 else "neither"
        return [Reason("event_dates_days_apart", (str(days), *shown), direction)]
    return [differ]


def list_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    out = []
    if value_of(left, "source") and value_of(left, "source") == value_of(right, "source"):
        out.append(Reason("same_list", (), "against"))
        a, b = value_of(left, "family_id"), value_of(right, "family_id")
        if a and b:
            same = a == b
            out.append(
                Reason(
                    "same_household" if same else "different_households",
                    (),
                    "neither" if same else "against",
                )
            )
    a, b = value_of(left, "status"), value_of(right, "status")
    if a and b and fate_word(a) != fate_word(b):
        # Against, as the model's fate comparison weighs it (``fate_comparison``).
        out.append(Reason("statuses_differ", (a, b), "against"))
    return out + _fate_reasons(left, right)


def _fate_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    """The linkage's conflicts of fates (``fates``): a death and a fate of the living
    after it, or two deaths apart."""
    # Read by the linkage's own arrays, imported here: the pages' addresses import this
    # module, and no page may load NumPy and pandas before it explains a pair.
    import numpy as np

    from rightsledger.analysis.linkage.fates import (
        alive_after_death,
        deaths_apart,
        deaths_of_entries,
    )
    from rightsledger.analysis.linkage.features import fold_phrase

    dates = [_event(left), _event(right)]
    places = [fold_phrase(value_of(r, "event_place")) or None for r in (left, right)]
    deaths = deaths_of_entries([value_of(left, "status"), value_of(right, "status")], dates, places)
    one, other = np.array([0]), np.array([1])
    if bool(deaths_apart(deaths, one, other)[0]):
        shown = tuple(_shown(d) if d else "" for d in dates)
        return [Reason("deaths_apart", shown, "against")]
    if not bool(alive_after_death(deaths, one, other)[0]):
        return []
    dead, living = (left, right) if deaths.dead[0] else (right, left)
    dead_date, living_date = (dates[0], dates[1]) if deaths.dead[0] else (dates[1], dates[0])
    shown = (
        value_of(dead, "status"),
        _shown(dead_date) if dead_date else "",
        value_of(living, "status"),
        _shown(living_date) if living_date else "",
    )
    return [Reason("alive_after_death", shown, "against")]
