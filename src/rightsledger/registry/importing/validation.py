"""Turn one raw row into a record's fields, with warnings for doubtful values.

A doubtful value is kept as given and flagged; only a row that cannot be a record at all
(no name, undecodable text) is an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import translation

from rightsledger.analysis.list_dates import read_list_date, read_list_year
from rightsledger.analysis.list_statuses import read_list_status
from rightsledger.records.checks import Birth, Moment, age_disagrees, born_after
from rightsledger.records.vocabulary import DatePrecision
from rightsledger.registry.importing.encoding import UndecodableRow
from rightsledger.registry.importing.mapping import ColumnMapping

SEX_WORDS = {
    "male": {"m", "male", "man", "м", "муж", "мужской", "мужчина", "kişi", "k", "erkək", "ա", "արական"},
    "female": {"f", "female", "woman", "ж", "жен", "женский", "женщина", "qadın", "q", "ի", "իգական"},
}  # fmt: skip
TEXT_LIMITS = {"record_id": 100, "full_name": 300, "given_name": 150, "surname": 150,
               "patronymic": 150, "place_of_origin": 200, "event_place": 200,
               "family_id": 100, "birth_date": 40, "event_date": 40}  # fmt: skip


@dataclass
class RowOutcome:
    fields: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str = ""


def parse_date(text: str, *, month_first: bool = False) -> dt.date | None:
    """A list's date given to the day (``analysis.list_dates``, the one reader of lists'
    dates), or None; ``month_first`` where the list writes its dates so."""
    read = read_list_date(text, month_first=month_first)
    return read.date if read is not None and read.day else None


def year_of(text: str, *, month_first: bool = False) -> int | None:
    # The one reader of lists' years, as the linkage reads them.
    return read_list_year(text, month_first=month_first)


def validate_row(
    cells: list[str],
    columns: dict[str, int],
    mapping: ColumnMapping,
    row_number: int,
    *,
    month_first: bool = False,
) -> RowOutcome:
    """One row's fields; ``month_first`` where its list writes dates month first
    (``list_dates.writes_month_first``, decided over the whole list)."""
    out = RowOutcome()
    if isinstance(cells, UndecodableRow):
        out.error = cells.problem
        return out
    if any("\ufffd" in cell for cell in cells):
        out.error = "undecodable characters in the row"
        return out
    get = {name: (cells[i].strip() if i < len(cells) else "") for name, i in columns.items()}
    if not any(get.get(k) for k in ("full_name", "given_name", "surname")):
        out.error = "no name at all"
        return out
    for name, limit in TEXT_LIMITS.items():
        value = get.get(name, "")
        if len(value) > limit:
            out.error = f"{name} is longer than {limit} characters"
            return out
        out.fields[name] = value
    out.fields["record_id"] = get.get("record_id") or f"row-{row_number}"
    out.fields["notes"] = get.get("notes", "")
    _sex(get.get("sex", ""), out)
    _birth(get, out, month_first)
    _status(get.get("status", ""), mapping, out)
    return out


def _sex(value: str, out: RowOutcome) -> None:
    folded = value.casefold().rstrip(".")
    out.fields["sex"] = ""
    if not folded:
        return
    for sex, words in SEX_WORDS.items():
        if folded in words:
            out.fields["sex"] = sex
            return
    out.fields["sex"] = value[:16]
    out.warnings.append(f"sex: unknown value {value!r}, kept as given")


def _birth(get: dict[str, str], out: RowOutcome, month_first: bool) -> None:
    birth_date, birth_year_text = get.get("birth_date", ""), get.get("birth_year", "")
    age_text, event_date = get.get("age", ""), get.get("event_date", "")
    year = None
    if birth_date and _unreadable(birth_date, month_first):
        out.warnings.append(f"birth_date: cannot read {birth_date!r}, kept as given")
    if birth_year_text:
        year = year_of(birth_year_text)
        if year is None or not 1850 <= year <= 2100:
            out.warnings.append(f"birth_year: {birth_year_text!r} is not a year")
            year = None
    elif birth_date:
        year = year_of(birth_date, month_first=month_first)
    out.fields["birth_year"] = year
    age = None
    if age_text:
        try:
            age = int(float(age_text.replace(",", ".")))
            if not 0 <= age <= 125:
                raise ValueError
        except ValueError:
            out.warnings.append(f"age: {age_text!r} is not an age")
            age = None
    out.fields["age"] = age
    if event_date and _unreadable(event_date, month_first):
        out.warnings.append(f"event_date: cannot read {event_date!r}, kept as given")
    moment = event_moment(event_date, month_first=month_first) if event_date else None
    _sanity(Birth(year=year), age, moment, out)


def _unreadable(text: str, month_first: bool) -> bool:
    """Neither a day nor a year can be read from a list's date."""
    return (
        parse_date(text, month_first=month_first) is None
        and year_of(text, month_first=month_first) is None
    )


def event_moment(text: str, *, month_first: bool = False) -> Moment | None:
    """A row's event date as far as it can be read: a day, a month or a year."""
    read = read_list_date(text, month_first=month_first)
    if read is not None:
        return Moment(read.date, DatePrecision(read.precision))
    year = year_of(text)
    return Moment(dt.date(year, 1, 1), DatePrecision.YEAR) if year else None


def _sanity(birth: Birth, age: int | None, event: Moment | None, out: RowOutcome) -> None:
    # The record's own sanity checks, in English like every row warning of the import.
    with translation.override("en"):
        for finding in (born_after(birth, event), age_disagrees(age, birth, event)):
            if finding is not None:
                out.warnings.append(str(finding))


def _status(value: str, mapping: ColumnMapping, out: RowOutcome) -> None:
    out.fields["status_as_given"] = value[:100]
    out.fields["status"] = ""
    folded = " ".join(value.casefold().split())
    if not folded:
        return
    if folded in mapping.status_values:
        out.fields["status"] = mapping.status_values[folded]
        return
    status = read_list_status(folded)
    if status is not None:
        out.fields["status"] = status
        return
    out.warnings.append(f"status: unknown value {value!r}, kept as given")
