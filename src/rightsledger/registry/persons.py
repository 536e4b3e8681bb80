"""Persons as linkage sees them: documented records, moving rows between persons, retiring.

Bulk helpers for ``linking`` and ``review``; each returns the rows it wrote so the caller
records them in one bulk history entry (``record_bulk_changes``) inside its transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, ForeignObjectRel, OuterRef, Subquery

from rightsledger.cases.bulk_writes import OneOf, delete_rows, update_rows, update_values
from rightsledger.cases.models import Case
from rightsledger.cases.state import RowState, row_state, state_position, state_values
from rightsledger.protection.models import ProtectedIdentity
from rightsledger.records import models as rm
from rightsledger.records.naming import search_key
from rightsledger.registry.derive import BATCH, name_for_person, person_fields, script_code
from rightsledger.registry.models import LinkedPerson, SourceRecord

DOCUMENTED_FIELDS = ("record_id", "full_name", "sex", "birth_year", "age", "place_of_origin",
                     "status", "event_date")  # fmt: skip


@dataclass
class Changes:
    """Rows a bulk operation wrote, for its history entry."""

    created: list[Any] = field(default_factory=list)
    updated: list[Any] = field(default_factory=list)
    deleted: list[Any] = field(default_factory=list)

    def add(self, other: Changes) -> None:
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted


def pseudonyms(case: Case) -> dict[int, str]:
    """Protected persons of the case → the pseudonym their plain fields hold."""
    return dict(ProtectedIdentity.objects.filter(case=case).values_list("person_id", "pseudonym"))


def _own(model: type[Any]) -> Any:
    """Facts of a person entered by hand (not derived from a list row)."""
    return model.objects.filter(person_id=OuterRef("pk"), source_record__isnull=True)


def hand_entered_persons(case: Case) -> Any:
    """Persons with names entered by a documenter (not only names from list rows)."""
    return rm.Person.objects.filter(case=case).filter(Exists(_own(rm.PersonName)))


def refresh_documented_records(case: Case) -> Changes:
    """Make each hand-entered person's documented record agree with what was entered.

    Protected persons take no part: their plain names are pseudonyms, and matching them to
    list rows by their real names would need the names in the clear.
    """
    protected = set(pseudonyms(case))
    existing = {r.person_id: r for r in SourceRecord.objects.filter(case=case, documented=True)}
    changes = Changes()
    wanted: dict[int, dict[str, Any]] = {}
    persons = hand_entered_persons(case).exclude(pk__in=protected).select_related("place_of_origin")
    first_names: dict[int, str] = {}
    for person_id, value in (
        rm.PersonName.objects.filter(case=case, source_record__isnull=True)
        .order_by("pk")
        .values_list("person_id", "value")
    ):
        first_names.setdefault(person_id, value)
    last_status: dict[int, tuple[str, str]] = {}
    for person_id, status, date in (
        rm.StatusRecord.objects.filter(case=case, source_record__isnull=True)
        .order_by("date", "pk")
        .values_list("person_id", "status", "date")
    ):
        last_status[person_id] = (status, date.isoformat() if date else "")
    for person in persons.iterator(chunk_size=BATCH):
        status, event_date = last_status.get(person.pk, ("", ""))
        birth_year = person.birth_year or (person.birth_date.year if person.birth_date else None)
        wanted[person.pk] = {
            "record_id": f"P{person.pk}",
            "full_name": first_names.get(person.pk, person.display_name)[:300],
            "sex": person.sex if person.sex in {"male", "female"} else "",
            "birth_year": birth_year,
            "age": person.age_at_event,
            "place_of_origin": person.place_of_origin.name[:200] if person.place_of_origin else "",
            "status": status,
            "event_date": event_date,
        }
    new = []
    for person_id, values in wanted.items():
        record = existing.get(person_id)
        if record is None:
            new.append(SourceRecord(case=case, documented=True, person_id=person_id, **values))
        elif any(getattr(record, k) != val for k, val in values.items()):
            for key, val in values.items():
                setattr(record, key, val)
            changes.updated.append(record)
    SourceRecord.objects.bulk_create(new, batch_size=BATCH)
    update_rows(SourceRecord, changes.updated, DOCUMENTED_FIELDS)
    gone = [r for p, r in existing.items() if p not in wanted]
    changes.created += new
    changes.deleted += _delete_documented(gone)
    return changes


def _delete_documented(records: list[SourceRecord]) -> list[Any]:
    """Documented records whose person is no longer entered by hand (or is protected)."""
    from rightsledger.registry.models import MatchDecision, ReviewPair

    if not records:
        return []
    ids = [r.pk for r in records]
    decisions = list(MatchDecision.objects.filter(record_a_id__in=ids)) + list(
        MatchDecision.objects.filter(record_b_id__in=ids)
    )
    ReviewPair.objects.filter(record_a_id__in=ids).delete()
    ReviewPair.objects.filter(record_b_id__in=ids).delete()
    MatchDecision.objects.filter(pk__in=[d.pk for d in decisions]).delete()
    SourceRecord.objects.filter(pk__in=ids).delete()
    return [*decisions, *records]


def move_records(case: Case, moves: dict[int, int], records: dict[int, SourceRecord]) -> Changes:
    """Move list records (pk → new person pk) with every fact derived from them.

    Names follow the disclosure rule: a row's name moved into a protected person becomes the
    person's pseudonym; moved out of one, it is the row's name again.

    The facts follow their records in the database (one ``UPDATE`` a table and a batch,
    each fact taking its record's new person) and are read back as values for the history,
    in the order the history has always listed them (a batch of records at a time: its
    names, involvements, then statuses, each in their model's order). A name is rewritten
    only where the rule gives it another value, search key or script.
    """
    changes = Changes()
    if not moves:
        return changes
    hidden = pseudonyms(case)
    for record_pk, person_pk in moves.items():
        records[record_pk].person_id = person_pk
        changes.updated.append(records[record_pk])
    update_rows(SourceRecord, changes.updated, ["person"])
    ids = list(moves)
    batch_of = {record_pk: n // BATCH for n, record_pk in enumerate(ids)}
    record_person = SourceRecord.objects.filter(pk=OuterRef("source_record_id")).values("person")
    by_batch: list[list[RowState]] = [[] for _ in range(0, len(ids), BATCH)]
    for model in (rm.PersonName, rm.Involvement, rm.StatusRecord):
        facts = model.objects.filter(OneOf(F("source_record_id"), ids))
        facts.update(person=Subquery(record_person))
        states = list(state_values(facts))
        if model is rm.PersonName:
            states = _disclose(states, records, hidden)
        # The facts in their model's order, split by the batch of their record (as the
        # history listed them when each batch was read on its own).
        record_at = state_position(model, "source_record_id")
        for values in states:
            by_batch[batch_of[values[record_at]]].append(row_state(model, values))
    for states_of_batch in by_batch:
        changes.updated += states_of_batch
    return changes


def _disclose(states: list[Any], records: dict[int, SourceRecord], hidden: dict[int, str],
              ) -> list[Any]:  # fmt: skip
    """Moved names (state values, their new person set) as the disclosure rule writes them:
    the row's name, or the pseudonym of the protected person it moved into. The names it
    changes are written; the values returned are every name's state after."""
    pk, person, record, value, key, script = (
        state_position(rm.PersonName, name)
        for name in ("pk", "person_id", "source_record_id", "value", "search_key", "script")
    )
    out, rewritten = [], []
    for values in states:
        wanted = name_for_person(records[values[record]], hidden.get(values[person]))
        new = (wanted, search_key(wanted),
               "" if values[person] in hidden else script_code(wanted))  # fmt: skip
        if new != (values[value], values[key], values[script]):
            values = list(values)
            values[value], values[key], values[script] = new
            rewritten.append((values[pk], *new))
        out.append(values)
    update_values(rm.PersonName, ["value", "search_key", "script"], rewritten)
    return out


def refresh_list_persons(case: Case, person_ids: Iterable[int],
                         records: dict[int, SourceRecord] | None = None) -> Changes:  # fmt: skip
    """Fields of list-made persons from their rows (see ``derive.person_fields``).

    ``records``: the case's records as the caller holds them (each with its current
    person), which spares reading them again; by default they are read.
    """
    changes = Changes()
    ids = set(person_ids)
    hidden = pseudonyms(case)
    made = set(
        LinkedPerson.objects.filter(case=case)
        .filter(OneOf(F("person_id"), list(ids)))
        .values_list("person_id", flat=True)
    )
    rows: Iterable[SourceRecord]
    if records is None:
        rows = SourceRecord.objects.filter(case=case, documented=False).filter(
            OneOf(F("person_id"), list(made))
        )
    else:
        rows = sorted(
            (r for r in records.values() if r.person_id in made and not r.documented),
            key=lambda r: r.pk,
        )
    by_person: dict[int, list[SourceRecord]] = defaultdict(list)
    for record in rows:
        by_person[record.person_id].append(record)  # type: ignore[index]
    persons = rm.Person.objects.filter(OneOf(F("pk"), list(by_person)))
    for person in persons:
        values = person_fields(sorted(by_person[person.pk], key=lambda r: r.pk))
        if person.pk in hidden:
            values["display_name"] = hidden[person.pk]
        if any(getattr(person, k) != val for k, val in values.items()):
            for key, val in values.items():
                setattr(person, key, val)
            changes.updated.append(person)
    update_rows(rm.Person, changes.updated, list(person_fields([])))
    return changes


def _holding_persons() -> list[Any]:
    """For each table whose rows refer to a person (but its linkage marker), the rows that
    refer to the person of the outer query: one such row keeps the person from retiring.

    Every relation, whatever Django would do on its deletion: a PROTECT one (a protected
    identity, a missing person's file, an identification) holds the person, and so does one
    that would cascade (names, relationships either way, involvements, statuses, consents)
    or be set to NULL (list rows), so a retired person takes no row with it and leaves none
    pointing nowhere, and ``retire_orphans`` may delete it without Django's collector.
    Claims name their subject generically (content type and id).
    """
    held = []
    for relation in rm.Person._meta.get_fields(include_hidden=True):
        model: Any = relation.related_model
        if not isinstance(relation, ForeignObjectRel) or model is LinkedPerson:
            continue
        held.append(model._base_manager.filter(**{relation.field.name: OuterRef("pk")}))
    held.append(rm.Claim.objects.filter(
        subject_type=ContentType.objects.get_for_model(rm.Person), subject_id=OuterRef("pk"),
    ))  # fmt: skip
    return held


def retire_orphans(case: Case) -> Changes:
    """Delete list-made persons no row refers to any more, with their linkage markers.

    Read as values for the history (in the order it has always listed them: markers by id,
    then persons by name and id), then deleted by primary key (``delete_rows``): nothing
    refers to them (``_holding_persons``), so nothing goes with them. A person an element
    of a legal qualification rests on is refused as a single deletion refuses it
    (``ProtectedError``, through ``rows_deleting``).
    """
    changes = Changes()
    orphans = rm.Person.objects.filter(case=case, linkage__isnull=False)
    for held_by in _holding_persons():
        orphans = orphans.exclude(Exists(held_by))
    persons = [row_state(rm.Person, values) for values in state_values(orphans)]
    person_ids = [p.pk for p in persons]
    markers = [
        row_state(LinkedPerson, values)
        for values in state_values(LinkedPerson.objects.filter(OneOf(F("person_id"), person_ids)))
    ]
    delete_rows(LinkedPerson, [m.pk for m in markers])
    delete_rows(rm.Person, person_ids)
    changes.deleted += [*markers, *persons]
    return changes
