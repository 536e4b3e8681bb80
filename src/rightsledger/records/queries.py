"""Read models of the record that every surface shares (pages, API, CLI, reports): the
persons of an event, a person's dossier, the timeline.

Which persons belong to an event is defined here once: those with an involvement in an act
of the event or of any event it contains, at any depth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils.translation import ngettext

from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm


def event_and_descendants(event: rm.Event) -> list[int]:
    """Ids of ``event`` and every event it contains, at any depth (one query)."""
    return events_within(event.case_id, [event.pk])


def events_within(case_id: int, events: Iterable[int]) -> list[int]:
    """Ids of ``events`` (of the case) and every event within one of them, at any depth (one
    query)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in rm.Event.objects.filter(case_id=case_id).values_list("pk", "parent_id"):
        children.setdefault(parent, []).append(pk)
    found = list(dict.fromkeys(events))
    seen, stack = set(found), list(found)
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in seen:  # a cycle cannot be saved, but never loop on one
                seen.add(child)
                found.append(child)
                stack.append(child)
    return found


def events_around(case_id: int) -> dict[int, list[int]]:
    """Each event of the case with the events it lies within, nearest first (itself first;
    one query)."""
    parents = dict(rm.Event.objects.filter(case_id=case_id).values_list("pk", "parent_id"))
    found: dict[int, list[int]] = {}
    for event in parents:
        chain, at = [event], parents.get(event)
        while at is not None and at not in chain:  # a cycle cannot be saved, but never loop on one
            chain.append(at)
            at = parents.get(at)
        found[event] = chain
    return found


def persons_of_event(event: rm.Event) -> QuerySet[rm.Person]:
    """The persons of an event: involved in an act of it or of an event within it."""
    acts = rm.Involvement.objects.filter(
        person_id=OuterRef("pk"), act__event_id__in=event_and_descendants(event)
    )
    return rm.Person.objects.filter(case_id=event.case_id).filter(Exists(acts))


@dataclass(frozen=True)
class Dossier:
    """What the record holds about one person, each part read through the access path."""

    names: list[rm.PersonName]
    family: list[rm.Relationship]
    involvements: list[rm.Involvement]
    statuses: list[rm.StatusRecord]
    claims: list[rm.Claim]
    sources: list[rm.Source]
    history: list[HistoryEntry]


def person_dossier(user: Any, case: Any, person: rm.Person) -> Dossier:
    """Names, family, acts with statuses, claims about any of it and their sources, and the
    history of each part (entries that could show a protected name come masked)."""
    # Through the access path: a name added to a protected person shows as the pseudonym.
    names = list(rm.PersonName.objects.restrict(user, "view").filter(person=person))
    family = list(
        rm.Relationship.objects.restrict(user, "view")
        .filter(case=case)
        .filter(Q(person=person) | Q(relative=person))
        .select_related("person", "relative")
    )
    involvements = list(
        rm.Involvement.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .select_related("act__event", "act__place")
        .prefetch_related("statuses")
        .order_by("act__date", "pk")
    )
    statuses = list(
        rm.StatusRecord.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .select_related("involvement__act__event")
        .order_by("date", "pk")
    )
    claims = list(
        _claims_about(
            user, case,
            {rm.Person: [person.pk], rm.Involvement: [i.pk for i in involvements],
             rm.StatusRecord: [s.pk for s in statuses], rm.Relationship: [f.pk for f in family]},
        )
    )  # fmt: skip
    sources = list({claim.source_id: claim.source for claim in claims}.values())
    history = person_history(
        user, case,
        {"records.person": [person.pk], "records.personname": [n.pk for n in names],
         "records.involvement": [i.pk for i in involvements],
         "records.statusrecord": [s.pk for s in statuses],
         "records.relationship": [f.pk for f in family]},
    )  # fmt: skip
    return Dossier(names, family, involvements, statuses, claims, sources, history)


def _claims_about(user: Any, case: Any, subjects: dict[type[Any], list[int]]) -> Any:
    condition = Q(pk__in=[])
    for model, ids in subjects.items():
        if ids:
            condition |= Q(
                subject_type__app_label=model._meta.app_label,
                subject_type__model=model._meta.model_name,
                subject_id__in=ids,
            )
    return (
        rm.Claim.objects.restrict(user, "view")
        .filter(case=case)
        .filter(condition)
        .select_related("source", "subject_type")
        .order_by("source__title", "pk")
    )


def person_history(user: Any, case: Any, objects: dict[str, list[int]]) -> Any:
    condition = Q(pk__in=[])
    for object_type, ids in objects.items():
        if ids:
            condition |= Q(object_type=object_type, object_id__in=[str(i) for i in ids])
    # Read through restrict: entries that could show a protected name come masked.
    return list(
        HistoryEntry.objects.restrict(user, "view")
        .filter(case=case)
        .filter(condition)
        .order_by("-sequence")[:200]
    )


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date | None
    precision: str
    kind: str
    label: str
    url: str
    detail: str = ""


def timeline(user: Any, case: Any, root: rm.Event | None) -> list[TimelineItem]:
    """Events, acts and dated victim statuses in date order; undated ones last."""
    slug = case.slug
    events = rm.Event.objects.restrict(user, "view").filter(case=case)
    if root is not None:
        events = events.filter(pk__in=event_and_descendants(root))
    event_ids = [e.pk for e in events]
    items = [
        TimelineItem(e.start_date, e.start_precision, "event", e.title,
                     reverse("case-event", kwargs={"slug": slug, "pk": e.pk}),
                     e.date_as_stated)
        for e in events
    ]  # fmt: skip
    acts = (
        rm.Act.objects.restrict(user, "view")
        .filter(case=case, event_id__in=event_ids)
        .select_related("event")
        .annotate(persons=Count("involvements"))
    )
    for act in acts:
        items.append(
            TimelineItem(
                act.date or act.event.start_date,
                act.date_precision if act.date else act.event.start_precision,
                "act", act.get_act_type_display(),
                reverse("case-act", kwargs={"slug": slug, "pk": act.pk}),
                ngettext("%(n)d person involved", "%(n)d persons involved", act.persons)
                % {"n": act.persons},
            )
        )  # fmt: skip
    statuses = (
        rm.StatusRecord.objects.restrict(user, "view")
        .filter(case=case, involvement__act__event_id__in=event_ids, date__isnull=False)
        .select_related("person")
        .order_by("date")[:500]
    )
    for status in statuses:
        items.append(
            TimelineItem(
                status.date, status.date_precision, "status",
                f"{status.person}: {status.get_status_display()}",
                reverse("case-person", kwargs={"slug": slug, "pk": status.person_id}),
            )
        )  # fmt: skip
    order = {"event": 0, "act": 1, "status": 2}
    return sorted(
        items, key=lambda i: (i.date is None, i.date or dt.date.min, order[i.kind], i.label)
    )


@dataclass(frozen=True)
class EventPage:
    """What an event's page shows, each part read through the access path."""

    children: list[rm.Event]
    acts: list[rm.Act]  # each with ``persons``: how many persons are involved in it
    claims: list[rm.Claim]
    places: list[rm.Place]
    timeline: list[TimelineItem]


def event_page(user: Any, case: Any, event: rm.Event) -> EventPage:
    """The event's sub-events, its acts with their persons involved, the aggregate claims
    about it, its places and the timeline of it and the events within it."""
    children = rm.Event.objects.restrict(user, "view").filter(case=case, parent=event)
    acts = (
        rm.Act.objects.restrict(user, "view")
        .filter(case=case, event=event)
        .select_related("place")
        .annotate(persons=Count("involvements"))
    )
    claims = (
        rm.Claim.objects.restrict(user, "view")
        .filter(case=case, event=event)
        .select_related("source")
        .order_by("pk")
    )
    return EventPage(
        list(children), list(acts), list(claims), list(event.places.all()),
        timeline(user, case, event),
    )  # fmt: skip


def nested(claims: list[rm.Claim]) -> list[tuple[rm.Claim, int]]:
    """Claims with every part after its whole, each with its depth (wholes at 0)."""
    by_parent: dict[int | None, list[rm.Claim]] = {}
    present = {c.pk for c in claims}
    for claim in claims:
        parent = claim.parent_id if claim.parent_id in present else None
        by_parent.setdefault(parent, []).append(claim)
    ordered: list[tuple[rm.Claim, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for claim in by_parent.get(parent, []):
            ordered.append((claim, depth))
            if depth < 10:
                walk(claim.pk, depth + 1)

    walk(None, 0)
    return ordered
