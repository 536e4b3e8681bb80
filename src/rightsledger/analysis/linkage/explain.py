"""Why two records may or may not be one person, in words a reviewer reads.

``explain_pair(left, right)`` compares two records (mappings with the canonical columns,
values as the lists gave them) with the same name keys the linkage uses, and returns
:class:`Reason` objects: a stable ``key`` for translation, the ``values`` to put in it
and the English ``text``.  Nothing here names a column or an algorithm.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from rightsledger.analysis.linkage.places import settlement_name
from rightsledger.analysis.linkage.reason_templates import REASON_TEMPLATES, Reason
from rightsledger.analysis.linkage.similarity import (
    Agreement,
    name_agreement,
    normal_sex,
    one_slip,
)
from rightsledger.analysis.list_dates import ListDate, read_list_date, read_list_year
from rightsledger.analysis.names import ParsedName, parse_name
from rightsledger.analysis.names.keys import surname_root
from rightsledger.analysis.names.scripts import detect_script
from rightsledger.analysis.names.translit import fold

__all__ = ["REASON_TEMPLATES", "Reason", "explain_pair"]


def _get(record: Mapping[str, str], column: str) -> str:
    value = record.get(column)
    return "" if value is None else str(value).strip()


def _parse(record: Mapping[str, str]) -> ParsedName:
    return parse_name(
        _get(record, "full_name"),
        given=_get(record, "given_name"),
        surname=_get(record, "surname"),
        patronymic=_get(record, "patronymic"),
    )


def _written(parsed: ParsedName, record: Mapping[str, str]) -> str:
    """The name as the list wrote it: whole, or its parts in the list's columns."""
    parts = (_get(record, column) for column in ("surname", "given_name", "patronymic"))
    return parsed.original or " ".join(part for part in parts if part)


def _same_name_reason(part: str, left: str, right: str, *, father: bool = False) -> Reason:
    """same / same in another script / same spelled differently, for one name part."""
    prefix = "same_father_name" if father else f"{part}_same"
    if left == right:
        return Reason(prefix, (left,), "for")
    if detect_script(left) is not detect_script(right):
        return Reason(f"{prefix}_across_scripts", (left, right), "for")
    return Reason(f"{prefix}_other_spelling", (left, right), "for")


def _swapped_bare(bare: ParsedName, other: ParsedName) -> bool:
    """As ``comparisons._swapped_bare``: ``bare`` writes two given names with no surname
    ending, read in the other order against ``other``'s surname root."""
    root = surname_root(bare.surname_canon)
    return (
        bare.surname_canon == root
        and bare.given_as_surname == surname_root(other.surname_canon)
        and bare.surname_canon == other.given_as_surname
    )


def _swapped(a: ParsedName, b: ParsedName) -> bool:
    """Given name and surname read in the other order (``comparisons.SWAPPED``)."""
    as_written = a.given_as_surname == b.surname_canon and b.given_as_surname == a.surname_canon
    return as_written or _swapped_bare(a, b) or _swapped_bare(b, a)


def _surname_reasons(a: ParsedName, b: ParsedName) -> list[Reason]:
    """The surnames: the same, the same root, alike, or (as the model's short-slip level)
    one slip apart in a short root where given and father's names agree."""
    if not a.surname_canon or not b.surname_canon:
        return []
    if _swapped(a, b):
        left, right = f"{a.given} {a.surname}", f"{b.given} {b.surname}"
        return [Reason("names_in_other_order", (left, right), "for")]
    if a.surname_canon == b.surname_canon:
        return [_same_name_reason("surname", a.surname, b.surname)]
    if surname_root(a.surname_canon) == surname_root(b.surname_canon):
        return [Reason("surname_same_root", (a.surname, b.surname), "for")]
    agreement = name_agreement(surname_root(a.surname_canon), surname_root(b.surname_canon))
    if agreement is not Agreement.DIFFERENT:
        return [Reason("surname_similar", (a.surname, b.surname), "for")]
    rest_agrees = _agree(a.given_canon, b.given_canon) and _agree(a.father_canon, b.father_canon)
    if rest_agrees and one_slip(surname_root(a.surname_canon), surname_root(b.surname_canon)):
        return [Reason("surname_slip_rest_agrees", (a.surname, b.surname), "neither")]
    return [Reason("surnames_differ", (a.surname, b.surname), "against")]


def _agree(a: object, b: object) -> bool:
    """Both given and equal (as SQL's ``=``: a missing value agrees with nothing)."""
    return a is not None and a != "" and a == b


def _given_like_reasons(
    part: str,
    left: tuple[str, str, str],
    right: tuple[str, str, str],
    *,
    rest_agrees: bool = False,
) -> list[Reason]:
    """Given or father's name: (written form, key, initial letters) of each side; an
    initial has its own letter, a written-out name every letter it may be abbreviated to
    (:func:`names.keys.initial_letters`).
    ``rest_agrees``: the rest agrees (for a given name the father's name and the birth
    year, for a father's name the given name and the birth year), so that one slip in a
    short name is no other name (the model's short-slip levels)."""
    (a_text, a_key, a_initial), (b_text, b_key, b_initial) = left, right
    father = part == "father"
    if not a_initial or not b_initial:
        return []
    if not a_key or not b_key:
        if not a_key and not b_key:
            if a_initial == b_initial and not father:
                return [Reason("given_initials_same", (a_text,), "for")]
            return []
        initial, full = (a_text, b_text) if not a_key else (b_text, a_text)
        fits = (a_initial in b_initial) if not a_key else (b_initial in a_initial)
        return [
            Reason(
                f"{part}_initial_{'compatible' if fits else 'differs'}",
                (initial, full),
                "for" if fits else "against",
            )
        ]
    agreement = name_agreement(a_key, b_key, skeleton=not father)
    if agreement is Agreement.SAME:
        return [_same_name_reason("given", a_text, b_text, father=father)]
    if agreement is not Agreement.DIFFERENT:
        key = "father_names_similar" if father else "given_similar"
        return [Reason(key, (a_text, b_text), "for")]
    if rest_agrees and one_slip(a_key, b_key):
        key = "father_slip_rest_agrees" if father else "given_slip_rest_agrees"
        return [Reason(key, (a_text, b_text), "neither")]
    key = "father_names_differ" if father else "given_names_differ"
    return [Reason(key, (a_text, b_text), "against")]


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _read(record: Mapping[str, str], column: str) -> ListDate | None:
    # The one reader of lists' dates, as the features read them, in the list's order.
    month_first = bool(_get(record, "dates_month_first"))
    return read_list_date(_get(record, column), month_first=month_first)


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
    age = re.match(r"^\s*(\d{1,3})", _get(record, "age"))
    if event is None or age is None:
        return None
    return int(age.group(1)), event


def _year(record: Mapping[str, str], column: str) -> int | None:
    # A date's year, or a year given alone, as the features read it.
    month_first = bool(_get(record, "dates_month_first"))
    return read_list_year(_get(record, column), month_first=month_first)


def _stated_year(record: Mapping[str, str]) -> int | None:
    # The year a list's birth-year column gives ("1965", "1965 г.р.").
    year = _YEAR.search(_get(record, "birth_year"))
    return int(year.group(1)) if year else None


def _birth_year(record: Mapping[str, str]) -> tuple[int | None, dt.date | None]:
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


def _age_against_birth(aged: Mapping[str, str], born: Mapping[str, str]) -> Reason | None:
    """An age with no date of its own, set against the other record's birth year and event
    (as the linkage's birth comparison does: within a year fits, three years is near)."""
    age = re.match(r"^\s*(\d{1,3})", _get(aged, "age"))
    year, _ = _birth_year(born)
    event = _year(born, "event_date")
    if age is None or year is None or event is None:
        return None
    gap = abs(event - year - int(age.group(1)))
    values = (age.group(1), str(year), str(event))
    if gap <= 1:
        return Reason("age_fits_birth", values, "for")
    return Reason("age_years_off_birth", values, "neither" if gap <= 3 else "against")


def _birth_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    (a_year, a_date), (b_year, b_date) = _birth_year(left), _birth_year(right)
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


def _place_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    a, b = _get(left, "place_of_origin"), _get(right, "place_of_origin")
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


def _event_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    """The event dates, as the model's context levels: the same day, a day or two apart,
    within a week, the same month where one list gives only the month, or different."""
    a_read, b_read = _read(left, "event_date"), _read(right, "event_date")
    if not a_read or not b_read or not a_read.month or not b_read.month:
        return []
    shown = (_shown(a_read), _shown(b_read))
    if not a_read.day or not b_read.day:
        if (a_read.year, a_read.month) == (b_read.year, b_read.month):
            return [Reason("event_same_month", shown, "for")]
        return [Reason("event_dates_differ", shown, "against")]
    a, b = a_read.date, b_read.date
    if a == b:
        return [Reason("same_event_date", (a.isoformat(),), "for")]
    days = abs((a - b).days)
    if days == 1:
        return [Reason("event_dates_a_day_apart", shown, "for")]
    if days <= 7:
        direction = "for" if days == 2 else "neither"
        return [Reason("event_dates_days_apart", (str(days), *shown), direction)]
    return [Reason("event_dates_differ", shown, "against")]


def _list_reasons(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    out = []
    if _get(left, "source") and _get(left, "source") == _get(right, "source"):
        out.append(Reason("same_list", (), "against"))
        a, b = _get(left, "family_id"), _get(right, "family_id")
        if a and b:
            same = a == b
            out.append(
                Reason(
                    "same_household" if same else "different_households",
                    (),
                    "neither" if same else "against",
                )
            )
    a, b = _get(left, "status"), _get(right, "status")
    if a and b and a.casefold() != b.casefold():
        out.append(Reason("statuses_differ", (a, b), "neither"))
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
    places = [fold_phrase(_get(r, "event_place")) or None for r in (left, right)]
    deaths = deaths_of_entries([_get(left, "status"), _get(right, "status")], dates, places)
    one, other = np.array([0]), np.array([1])
    if bool(deaths_apart(deaths, one, other)[0]):
        shown = tuple(_shown(d) if d else "" for d in dates)
        return [Reason("deaths_apart", shown, "against")]
    if not bool(alive_after_death(deaths, one, other)[0]):
        return []
    dead, living = (left, right) if deaths.dead[0] else (right, left)
    dead_date, living_date = (dates[0], dates[1]) if deaths.dead[0] else (dates[1], dates[0])
    shown = (
        _get(dead, "status"),
        _shown(dead_date) if dead_date else "",
        _get(living, "status"),
        _shown(living_date) if living_date else "",
    )
    return [Reason("alive_after_death", shown, "against")]


def explain_pair(left: Mapping[str, str], right: Mapping[str, str]) -> list[Reason]:
    """What speaks for and against two records being one person, surname first.

    ``left`` and ``right`` hold the canonical columns (``full_name``, ``given_name``,
    ``surname``, ``patronymic``, ``sex``, ``birth_date``, ``birth_year``, ``age``,
    ``place_of_origin``, ``event_date``, ``status``, ``family_id``, ``source``, and
    ``dates_month_first`` not blank where the record's list writes its dates month first,
    as ``list_dates.writes_month_first`` found); missing or blank values are skipped.
    """
    a, b = _parse(left), _parse(right)
    same_year = _agree(_birth_year(left)[0], _birth_year(right)[0])
    nameless = not a.given_initials or not b.given_initials  # not even an initial
    reasons = _surname_reasons(a, b)
    if not (reasons and reasons[0].key == "names_in_other_order"):
        reasons += _given_like_reasons(
            "given",
            (a.given, a.given_canon, a.given_initials),
            (b.given, b.given_canon, b.given_initials),
            rest_agrees=_agree(a.father_canon, b.father_canon) and same_year,
        )
    reasons += _given_like_reasons(
        "father",
        (a.father, a.father_canon, a.father_initials),
        (b.father, b.father_canon, b.father_initials),
        rest_agrees=_agree(a.given_canon, b.given_canon) and same_year,
    )
    a_sex, b_sex = _get(left, "sex"), _get(right, "sex")
    if {normal_sex(a_sex), normal_sex(b_sex)} == {"M", "F"}:
        reasons.append(Reason("sex_differs", (a_sex, b_sex), "against"))
    elif nameless and {
        normal_sex(a_sex) or a.sex,
        normal_sex(b_sex) or b.sex,
    } == {"M", "F"}:
        # As the model: an entry with no given name whose name's form (оглы / кызы,
        # -ov / -ova) gives the other sex is held apart.
        shown = (_written(a, left), _written(b, right))
        reasons.append(Reason("no_given_name_other_sex", shown, "against"))
    reasons += [
        # As the model: with no given name, only age (and sex) tells a sibling apart.
        Reason("no_given_name_years_apart", r.values, "against")
        if nameless and r.key == "born_years_apart"
        else r
        for r in _birth_reasons(left, right)
    ]
    reasons += _place_reasons(left, right)
    reasons += _event_reasons(left, right)
    reasons += _list_reasons(left, right)
    return reasons
