"""Clerical review: binding decisions on pairs, and splitting a wrongly merged person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet

from rightsledger.cases.actions import create_object, record_bulk_changes, update_object
from rightsledger.cases.models import Case
from rightsledger.records.models import Person
from rightsledger.registry.derive import person_fields
from rightsledger.registry.models import (
    LinkedPerson,
    MatchDecision,
    ReviewPair,
    SourceRecord,
)
from rightsledger.registry.persons import (
    Changes,
    move_records,
    refresh_list_persons,
    retire_orphans,
)
from rightsledger.registry.tally_changes import note_persons


def pending_pairs(case: Case, user: Any = None) -> QuerySet[ReviewPair]:
    """Review pairs of the current run that no match/non-match decision settles yet.

    With ``user``, the pairs come through the access path (and its disclosure policy) for
    showing them to that user.
    """
    settled = MatchDecision.objects.filter(
        case=case, record_a=OuterRef("record_a"), record_b=OuterRef("record_b")
    ).exclude(verdict=MatchDecision.Verdict.UNSURE)
    pairs = ReviewPair.objects.restrict(user, "view") if user is not None else ReviewPair.objects
    return (
        pairs.filter(case=case, run__is_current=True)
        .exclude(Exists(settled))
        .select_related(
            "record_a__source", "record_b__source", "record_a__list_import", "record_b__list_import"
        )
    )


def decide_pair(*, case: Case, record_a: int, record_b: int, verdict: str, acting_user: Any,
                note: str = "") -> MatchDecision:  # fmt: skip
    """Record (or revise) the decision on a pair; it binds every later linkage run."""
    if verdict not in MatchDecision.Verdict.values:
        raise ValidationError({"verdict": f"must be one of {MatchDecision.Verdict.values}"})
    low, high = sorted((int(record_a), int(record_b)))
    if low == high:
        raise ValidationError({"record_b": "a pair needs two different records"})
    found = SourceRecord.objects.filter(case=case, pk__in=(low, high)).count()
    if found != 2:
        raise ValidationError({"record_a": "both records must belong to this case"})
    with transaction.atomic():
        existing = MatchDecision.objects.filter(
            case=case, record_a_id=low, record_b_id=high
        ).first()
        if existing is not None:
            return update_object(existing, acting_user=acting_user, verdict=verdict, note=note,
                                 decided_by=acting_user)  # fmt: skip
        return create_object(MatchDecision, acting_user=acting_user, case=case, record_a_id=low,
                             record_b_id=high, verdict=verdict, note=note, decided_by=acting_user)  # fmt: skip


def split_person(*, case: Case, person: Person, record_ids: Iterable[int], acting_user: Any,
                 ) -> Person:  # fmt: skip
    """Move ``record_ids`` out of ``person`` into a new person, and forbid re-merging them.

    The moved records (with the names, involvements and statuses they gave) go to a new
    person; they get a "not the same person" decision against every record that stays, so
    no later linkage run can undo the split.  A documented record stays with its person.
    """
    moving = {int(r) for r in record_ids}
    records = {r.pk: r for r in SourceRecord.objects.filter(case=case, person=person)}
    ids = set(records)
    if not moving or not moving <= ids:
        raise ValidationError({"records": "name records that belong to this person"})
    if moving == ids:
        raise ValidationError({"records": "leave at least one record with the person"})
    if any(records[r].documented for r in moving):
        raise ValidationError({"records": "what was entered by hand stays with its person"})
    with transaction.atomic():
        for kept in ids - moving:
            for moved in moving:
                decide_pair(case=case, record_a=kept, record_b=moved, verdict="non_match",
                            acting_user=acting_user, note=f"split from person {person.pk}")  # fmt: skip
        moved_records = [records[r] for r in sorted(moving)]
        new_person = Person(case=case, **person_fields(moved_records))
        new_person.save(force_insert=True)
        marker = LinkedPerson.objects.create(case=case, person=new_person)
        changes = Changes(created=[new_person, marker])
        changes.add(move_records(case, dict.fromkeys(moving, new_person.pk), records))
        changes.add(refresh_list_persons(case, [person.pk, new_person.pk]))
        new_person.refresh_from_db()
        entries = record_bulk_changes(
            case=case, acting_user=acting_user,
            summary={"id": person.pk, "split": sorted(moving), "new_person": new_person.pk},
            message=f"split {len(moving)} records from person {person.pk} into {new_person.pk}",
            created=changes.created, updated=changes.updated,
        )  # fmt: skip
        note_persons(entries, [person.pk, new_person.pk])
    return new_person


def _entered_by_hand(person: Person) -> bool:
    """Whether a documenter entered anything about the person (not only list rows)."""
    from rightsledger.records import models as rm

    return any(
        model.objects.filter(person=person, source_record__isnull=True).exists()
        for model in (rm.PersonName, rm.Involvement, rm.StatusRecord)
    )


def merge_persons(*, case: Case, keep: Person, other: Person, acting_user: Any,
                  note: str = "") -> Person:  # fmt: skip
    """Join ``other``'s list rows to ``keep`` (one human being), binding every later run.

    A person entered by hand survives a merge with a person made from lists; two persons
    entered by hand are merged by editing one of them, not here (their facts would have to be
    reconciled by a person).
    """
    if keep.pk == other.pk or keep.case_id != case.pk or other.case_id != case.pk:
        raise ValidationError({"other": "name another person of this case"})
    if _entered_by_hand(other):
        if _entered_by_hand(keep):
            raise ValidationError({"other": "both persons were entered by hand: merge them by "
                                            "editing one of them"})  # fmt: skip
        keep, other = other, keep
    moving = {r.pk: r for r in SourceRecord.objects.filter(case=case, person=other)}
    staying = SourceRecord.objects.filter(case=case, person=keep).order_by("pk").first()
    if not moving:
        raise ValidationError({"other": "that person has no list rows to join"})
    with transaction.atomic():
        if staying is not None:
            decide_pair(case=case, record_a=staying.pk, record_b=min(moving), verdict="match",
                        acting_user=acting_user, note=note or f"merged {other.pk} into {keep.pk}")  # fmt: skip
        changes = move_records(case, dict.fromkeys(moving, keep.pk), moving)
        changes.add(refresh_list_persons(case, [keep.pk]))
        changes.add(retire_orphans(case))
        entries = record_bulk_changes(
            case=case, acting_user=acting_user,
            summary={"id": keep.pk, "merged": other.pk, "records": sorted(moving)},
            message=f"merged person {other.pk} into {keep.pk}",
            created=changes.created, updated=changes.updated, deleted=changes.deleted,
        )  # fmt: skip
        # Rows moved between these two (and orphans retired, which the entries name).
        note_persons(entries, [keep.pk, other.pk])
    keep.refresh_from_db()
    return keep
