"""How a list row enters the record: the person, names, involvement and status it gives.

A row of an imported list is what one source says about one person.  It contributes to the
record, through bulk actions with their history, exactly what it states:

* a name (the row's name as written, attributed to the row);
* an involvement as a victim of the list's act for the row's status (one act per list and
  act type, in the event the list documents), attributed to the row;
* the status it gives, dated by the row's event date where that can be read.

Every fact carries ``source_record`` (and so the file's hash and the row's number) and the
list's ``source``; linkage moves a row's facts from person to person together.  A row first
gets a person of its own; linkage then groups rows (and persons entered by hand) into one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median
from typing import Any

from rightsledger.analysis.names import Script, detect_script
from rightsledger.cases.actions import create_object
from rightsledger.cases.bulk_writes import NewRows
from rightsledger.cases.models import Case
from rightsledger.cases.state import RowStates
from rightsledger.records import vocabulary as v
from rightsledger.records.models import Act, Event, Involvement, Person, PersonName, StatusRecord
from rightsledger.records.naming import search_key
from rightsledger.registry.importing.validation import event_moment
from rightsledger.registry.models import LinkedPerson, ListImport, SourceRecord

BATCH = 5000
SCRIPT_CODES = {
    Script.LATIN_AZERBAIJANI: "Latn",
    Script.LATIN: "Latn",
    Script.CYRILLIC: "Cyrl",
    Script.ARMENIAN: "Armn",
}


def script_code(value: str) -> str:
    """ISO 15924 code of a name's script, as PersonName records it."""
    return SCRIPT_CODES.get(detect_script(value), "")


def status_date(text: str, *, month_first: bool = False) -> tuple[dt.date | None, str]:
    """A row's event date as a status date with its precision ("as given" may be unreadable);
    ``month_first`` where its list writes dates so, as the import found."""
    moment = event_moment(text, month_first=month_first) if text else None
    if moment is None:
        return None, v.DatePrecision.UNKNOWN
    return moment.date, moment.precision


@dataclass
class Derived:
    """Rows written for a batch of list records, for their history entry."""

    persons: NewRows
    markers: NewRows
    names: NewRows
    involvements: NewRows
    statuses: NewRows

    def add_states(self, states: RowStates) -> None:
        """The rows' states, in the order the history names them."""
        for rows in (self.persons, self.markers, self.names, self.involvements, self.statuses):
            for row in rows.rows:
                states.add_values(rows.model, row)


def list_event(list_import: ListImport, acting_user: Any) -> tuple[Event, bool]:
    """The event a list documents: the one chosen at import, else one made for the list."""
    if list_import.event_id:
        return list_import.event, False  # type: ignore[return-value]
    event = create_object(
        Event, acting_user=acting_user, case=list_import.case, event_type=v.EventType.OTHER,
        title=f"As listed in {list_import.source.title}"[:300],
        description=f"The events that the list {list_import.file_name} documents.",
    )  # fmt: skip
    ListImport.objects.filter(pk=list_import.pk).update(event=event)
    list_import.event = event
    return event, True


class ActsOfList:
    """One act per act type in the list's event, made when a row first needs it."""

    def __init__(self, list_import: ListImport, acting_user: Any) -> None:
        self.list_import = list_import
        self.acting_user = acting_user
        self.event: Event | None = None
        self.by_type: dict[str, Act] = {}
        self.made: list[Act] = []
        self.events: list[Event] = []

    def for_status(self, status: str) -> Act:
        act_type = v.act_type_of_status(status)
        if act_type not in self.by_type:
            if self.event is None:
                self.event, made = list_event(self.list_import, self.acting_user)
                if made:
                    self.events.append(self.event)
            self.by_type[act_type] = Act(
                case=self.list_import.case, event=self.event, act_type=act_type,
                notes=f"Victims as listed in {self.list_import.file_name} "
                      f"(source: {self.list_import.source.title}).",
            )  # fmt: skip
            self.by_type[act_type].save(force_insert=True)
            self.made.append(self.by_type[act_type])
        return self.by_type[act_type]


def name_for_person(record: SourceRecord, pseudonym: str | None) -> str:
    """The name a row gives its person: as written, or the pseudonym of a protected person."""
    return (pseudonym or record.display_name or record.record_id)[:300]


def derive_facts(case: Case, records: Iterable[Any], acts: ActsOfList, *,
                 month_first: bool = False) -> tuple[NewRows, NewRows, NewRows]:  # fmt: skip
    """Write the names, involvements and statuses of ``records`` (written, read by
    attribute) for the records' persons; they are returned for the history."""
    names, involvements = NewRows(PersonName), NewRows(Involvement)
    statuses = NewRows(StatusRecord)
    status_of: list[tuple[list[Any], list[Any]]] = []  # (status, its involvement)
    for record in records:
        value = name_for_person(record, None)
        names.add(
            case_id=case.pk, person_id=record.person_id, kind=v.NameKind.FULL, value=value,
            script=script_code(value), search_key=search_key(value),
            source_id=record.source_id, source_record_id=record.pk,
        )  # fmt: skip
        involvement = involvements.add(
            case_id=case.pk, act_id=acts.for_status(record.status).pk, person_id=record.person_id,
            role=v.InvolvementRole.VICTIM, source_id=record.source_id, source_record_id=record.pk,
        )  # fmt: skip
        if record.status:
            date, precision = status_date(record.event_date, month_first=month_first)
            status = statuses.add(
                case_id=case.pk, person_id=record.person_id, status=record.status, date=date,
                date_precision=precision, source_id=record.source_id, source_record_id=record.pk,
            )  # fmt: skip
            status_of.append((status, involvement))
    names.insert()
    involvements.insert()
    involvement_at = statuses.index["involvement_id"]
    for status, involvement in status_of:  # the involvements' keys, drawn just now
        status[involvement_at] = involvements.pk(involvement)
    statuses.insert()
    return names, involvements, statuses


def person_fields(records: Iterable[SourceRecord]) -> dict[str, Any]:
    """A list-made person's fields from its rows: the rule where rows disagree.

    Sex and birth year by majority of the rows that give one (ties: the first row's);
    age at the event by the median of the rows' ages; the display name from the first row.
    """
    records = list(records)
    sexes = Counter(r.sex for r in records if r.sex in {v.Sex.MALE, v.Sex.FEMALE})
    years = Counter(r.birth_year for r in records if r.birth_year)
    ages = [r.age for r in records if r.age is not None]
    return {
        "display_name": next((r.display_name for r in records if r.display_name), "")[:300],
        "sex": sexes.most_common(1)[0][0] if sexes else v.Sex.UNKNOWN,
        "birth_year": years.most_common(1)[0][0] if years else None,
        "age_at_event": int(median(ages)) if ages else None,
    }


def derive_new_rows(case: Case, records: NewRows, acts: ActsOfList, *,
                    month_first: bool = False) -> Derived:  # fmt: skip
    """Write new rows' records (``records``, of SourceRecord, their raw rows written), each
    with a person of its own, and the facts each states (bulk, the history not written).

    The persons are written first, so that each record is inserted with its person rather
    than updated to it afterwards."""
    views = [records.view(row) for row in records.rows]
    persons, markers = NewRows(Person), NewRows(LinkedPerson)
    for record in views:
        persons.add(case_id=case.pk, **person_fields([record]))
    persons.insert()
    person_at = records.index["person_id"]
    for record, person in zip(records.rows, persons.rows, strict=True):
        person_id = persons.pk(person)
        markers.add(case_id=case.pk, person_id=person_id)
        record[person_at] = person_id
    markers.insert()
    records.insert()
    names, involvements, statuses = derive_facts(case, views, acts, month_first=month_first)
    return Derived(persons, markers, names, involvements, statuses)
