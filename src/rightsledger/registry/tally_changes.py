"""Which persons' share of the figures may have moved since a link of the case's history.

Every write to a case appends to its history (the one write path), so the entries after the
link the tallies were counted at name every row that changed since.  A single entry holds
the row's fields (all of them when created or deleted, the changed ones when updated); the
persons it is about are read from those fields or, for an update, from the row itself.  A
change to an act or an event moves the persons involved in it (their ages are reckoned
from its date; an event's, with the events within it: they move with it between the events
around it).  A bulk entry names up to thousands of rows by id only: the write that made
it names the persons it changed (``note_persons``: a merge, a split); a bulk entry without
such a note (an import, a linkage run) makes the tallies count the whole case again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import models

from rightsledger.cases.history import chain_key
from rightsledger.cases.models import BulkRowRef, Case, HistoryEntry
from rightsledger.records import models as rm
from rightsledger.records.queries import events_within
from rightsledger.registry.models import SourceRecord, TallyHint

BULK_ACTIONS = (HistoryEntry.Action.BULK, HistoryEntry.Action.IMPORT)
#: Rows whose change moves the persons involved through them, and the lookup to those persons.
THROUGH_ACTS = {"records.act": "act_id", "records.event": "act__event_id"}
#: Fields naming the persons a row is about, and the list rows of a review pair or decision.
PERSON_FIELDS = ("person_id", "relative_id")
RECORD_FIELDS = ("record_a_id", "record_b_id")


@dataclass
class Changes:
    """What the history since the tallies' link says may have moved."""

    everything: bool = False
    persons: set[int] = field(default_factory=set)


def note_persons(entries: Iterable[HistoryEntry], person_ids: Iterable[int]) -> None:
    """Name the persons a bulk write changed, beside its entries (in its transaction)."""
    ids = sorted(set(person_ids))
    TallyHint.objects.bulk_create(
        [TallyHint(entry_id=entry.pk, person_id=p) for entry in entries for p in ids]
    )


def changes_since(case: Case, after: int, upto: int) -> Changes:
    entries = HistoryEntry.objects.filter(
        chain=chain_key(case), sequence__gt=after, sequence__lte=upto
    ).order_by()
    found = Changes()
    bulk = list(entries.filter(action__in=BULK_ACTIONS).values_list("pk", flat=True))
    if bulk:
        hinted = TallyHint.objects.filter(entry_id__in=bulk)
        if set(hinted.values_list("entry_id", flat=True)) != set(bulk):
            return Changes(everything=True)  # a bulk write that named no persons
        found.persons.update(hinted.values_list("person_id", flat=True))
        found.persons.update(
            int(i)
            for i in BulkRowRef.objects.filter(
                entry_id__in=bulk, object_type="records.person"
            ).values_list("object_id", flat=True)
            if i.isdigit()
        )
    record_ids: set[int] = set()
    rows: dict[str, set[int]] = defaultdict(set)  # changed rows by type, their persons read below
    for object_type, object_id, before, after_state in (
        entries.exclude(action__in=BULK_ACTIONS)
        .values_list("object_type", "object_id", "before", "after")
        .iterator(chunk_size=2000)
    ):
        if object_type == "registry.linkagerun":
            return Changes(everything=True)  # another run becomes current: every pair moves
        if object_id.isdigit():
            rows[object_type].add(int(object_id))
        for state in (before, after_state):
            if isinstance(state, dict):
                found.persons.update(_ints(state, PERSON_FIELDS))
                record_ids.update(_ints(state, RECORD_FIELDS))
    found.persons.update(rows.pop("records.person", set()))
    for object_type, ids in rows.items():
        persons, records = _named_by_rows(object_type, ids)
        found.persons |= persons
        record_ids |= records
    if rows.get("records.event"):
        rows["records.event"] = set(events_within(case.pk, rows["records.event"]))
    for object_type, lookup in THROUGH_ACTS.items():
        if rows.get(object_type):
            found.persons.update(
                rm.Involvement.objects.filter(case=case, **{f"{lookup}__in": rows[object_type]})
                .values_list("person_id", flat=True)
                .distinct()
            )
    if record_ids:
        found.persons.update(
            SourceRecord.objects.filter(case=case, pk__in=record_ids, person__isnull=False)
            .values_list("person_id", flat=True)
        )  # fmt: skip
    return found


def _named_by_rows(object_type: str, ids: set[int]) -> tuple[set[int], set[int]]:
    """The persons and list rows that the rows ``ids`` of a type name now."""
    persons: set[int] = set()
    records: set[int] = set()
    model = _model(object_type)
    if model is None:
        return persons, records
    names = {field.attname for field in model._meta.concrete_fields}
    for name in PERSON_FIELDS + RECORD_FIELDS:
        if name in names:
            values = model._default_manager.filter(pk__in=ids).values_list(name, flat=True)
            (persons if name in PERSON_FIELDS else records).update(
                value for value in values if value is not None
            )
    return persons, records


def _ints(state: dict[str, Any], names: tuple[str, ...]) -> Iterator[int]:
    return (state[name] for name in names if isinstance(state.get(name), int))


def _model(object_type: str) -> type[models.Model] | None:
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):
        return None
