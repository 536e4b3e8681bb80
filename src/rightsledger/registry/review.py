"""Clerical review: binding decisions on pairs, and splitting a wrongly merged person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.models import Case
from rightsledger.records.models import Person
from rightsledger.registry.models import (
    LinkedPerson,
    MatchDecision,
    ReviewPair,
    SourceRecord,
)


def pending_pairs(case: Case) -> QuerySet[ReviewPair]:
    """Review pairs of the current run that no match/non-match decision settles yet."""
    settled = MatchDecision.objects.filter(
        case=case, record_a=OuterRef("record_a"), record_b=OuterRef("record_b")
    ).exclude(verdict=MatchDecision.Verdict.UNSURE)
    return (
        ReviewPair.objects.filter(case=case, run__is_current=True)
        .exclude(Exists(settled))
        .select_related("record_a__source", "record_b__source")
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

    The moved records get a "not the same person" decision against every record that stays,
    so no later linkage run can undo the split.
    """
    moving = {int(r) for r in record_ids}
    records = list(SourceRecord.objects.filter(case=case, person=person))
    ids = {r.pk for r in records}
    if not moving or not moving <= ids:
        raise ValidationError({"records": "name records that belong to this person"})
    if moving == ids:
        raise ValidationError({"records": "leave at least one record with the person"})
    with transaction.atomic():
        for kept in ids - moving:
            for moved in moving:
                decide_pair(case=case, record_a=kept, record_b=moved, verdict="non_match",
                            acting_user=acting_user, note=f"split from person {person.pk}")  # fmt: skip
        first = next(r for r in records if r.pk in moving)
        from rightsledger.records.actions import create_person

        new_person = create_person(case=case, acting_user=acting_user,
                                   names=[{"value": first.display_name or first.record_id}])  # fmt: skip
        create_object(LinkedPerson, acting_user=acting_user, case=case, person=new_person)
        for record in records:
            if record.pk in moving:
                update_object(record, acting_user=acting_user, person=new_person)
    return new_person
