"""The sources, events and acts, evidence and legal matrices of a case file, line by line.

Read like the rest of the case file (``reports.queries``): through the one access path and
the scope's redaction, so a line shows what its reader may see and nothing more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Max, Min, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.queries import persons_of_event
from rightsledger.reports.queries import Scope


@dataclass(frozen=True)
class SourceLine:
    number: int
    pk: int
    title: str
    kind: str
    reliability: str
    author: str
    date: str
    reference: str
    records: int
    claims: int


def sources(scope: Scope) -> list[SourceLine]:
    found = rm.Source.objects.restrict(scope.user, "view").filter(case=scope.case).order_by("pk")
    status_counts = dict(
        rm.StatusRecord.objects.filter(case=scope.case, source__isnull=False)
        .values_list("source_id").annotate(n=Count("pk")).order_by()
    )  # fmt: skip
    claim_counts = dict(
        rm.Claim.objects.filter(case=scope.case).values_list("source_id")
        .annotate(n=Count("pk")).order_by()
    )  # fmt: skip
    lines: list[SourceLine] = []
    for source in found:
        fields = scope.redactor.row(
            "records.source", source.pk, title=source.title, author=source.author,
            reference=source.reference, notes=source.notes,
        )  # fmt: skip
        if fields is None:
            continue
        lines.append(SourceLine(
            number=len(lines) + 1, pk=source.pk, title=fields["title"],
            kind=source.get_kind_display(), reliability=source.reliability,
            author=fields["author"], date=source.date.isoformat() if source.date else "",
            reference=fields["reference"], records=status_counts.get(source.pk, 0),
            claims=claim_counts.get(source.pk, 0),
        ))  # fmt: skip
    return lines


@dataclass(frozen=True)
class ActLine:
    kind: str
    date: str
    place: str
    victims: int
    sources: list[int]


@dataclass(frozen=True)
class EventLine:
    pk: int
    title: str
    depth: int
    kind: str
    dates: str
    places: list[str]
    description: str
    acts: list[ActLine]
    claims: list[str]


def _dates(start: Any, end: Any, stated: str) -> str:
    if stated:
        return stated
    if start and end and end != start:
        return f"{start.isoformat()} – {end.isoformat()}"
    return start.isoformat() if start else _("date unknown")


def events(scope: Scope, source_numbers: dict[int, int]) -> list[EventLine]:
    """Events in order (a contained event under its parent), each with its acts and sources."""
    found = list(scope.events().prefetch_related("places"))
    acts_by_event: dict[int, list[rm.Act]] = defaultdict(list)
    acts = (
        rm.Act.objects.restrict(scope.user, "view")
        .filter(case=scope.case, event__in=[e.pk for e in found])
        .select_related("place").order_by("date", "pk")
    )  # fmt: skip
    for act in acts:
        acts_by_event[act.event_id].append(act)
    victims = dict(
        rm.Involvement.objects.filter(case=scope.case, role=v.InvolvementRole.VICTIM,
                                      act__event__in=[e.pk for e in found])
        .values_list("act_id").annotate(n=Count("person_id", distinct=True)).order_by()
    )  # fmt: skip
    act_sources: dict[int, set[int]] = defaultdict(set)
    for act_id, source_id in (
        rm.Involvement.objects.filter(case=scope.case, act__event__in=[e.pk for e in found],
                                      source__isnull=False)
        .values_list("act_id", "source_id").distinct().order_by()
    ):  # fmt: skip
        if source_id in source_numbers:
            act_sources[act_id].add(source_numbers[source_id])
    claims: dict[int, list[str]] = defaultdict(list)
    for claim in (
        rm.Claim.objects.restrict(scope.user, "view")
        .filter(case=scope.case, event__in=[e.pk for e in found]).order_by("pk")
    ):  # fmt: skip
        if claim.source_id in source_numbers:
            claims[claim.event_id or 0].append(
                f"[S{source_numbers[claim.source_id]}] {scope.redactor.text(claim.statement)}"
            )
    children: dict[int | None, list[rm.Event]] = defaultdict(list)
    ids = {e.pk for e in found}
    for event in found:
        children[event.parent_id if event.parent_id in ids else None].append(event)
    lines: list[EventLine] = []

    def walk(parent: int | None, depth: int) -> None:
        for event in children.get(parent, []):
            fields = scope.redactor.row("records.event", event.pk, title=event.title,
                                        description=event.description)  # fmt: skip
            if fields is None:
                continue
            lines.append(EventLine(
                pk=event.pk, title=fields["title"], depth=depth,
                kind=event.get_event_type_display(),
                dates=_dates(event.start_date, event.end_date, event.date_as_stated),
                places=[scope.redactor.text(p.name) for p in event.places.all()],
                description=fields["description"],
                acts=[ActLine(
                    kind=act.get_act_type_display(),
                    date=_dates(act.date, None, act.date_as_stated),
                    place=scope.redactor.text(act.place.name) if act.place else "",
                    victims=victims.get(act.pk, 0), sources=sorted(act_sources.get(act.pk, ())),
                ) for act in acts_by_event.get(event.pk, [])],
                claims=claims.get(event.pk, []),
            ))  # fmt: skip
            walk(event.pk, depth + 1)

    walk(None, 0)
    return lines


@dataclass(frozen=True)
class EvidenceLine:
    pk: int
    name: str
    sha256: str
    size: int
    mime_type: str
    custody: str


def evidence(scope: Scope) -> list[EvidenceLine]:
    from rightsledger.evidence.models import CustodyEntry, EvidenceItem, EvidenceLink

    items = EvidenceItem.objects.restrict(scope.user, "view").filter(case=scope.case)
    if scope.event is not None:
        from django.contrib.contenttypes.models import ContentType

        targets = Q()
        for model, ids in ((rm.Event, scope.event_ids),
                           (rm.Act, rm.Act.objects.filter(event__in=scope.event_ids or []).values("pk")),
                           (rm.Person, persons_of_event(scope.event).values("pk"))):  # fmt: skip
            targets |= Q(target_type=ContentType.objects.get_for_model(model), target_id__in=ids)
        items = items.filter(pk__in=EvidenceLink.objects.filter(targets).values("item_id"))
    custody = {
        row["item_id"]: row
        for row in CustodyEntry.objects.filter(case=scope.case).values("item_id").annotate(
            n=Count("pk"), first=Min("timestamp"), last=Max("timestamp")).order_by()
    }  # fmt: skip
    lines = []
    for item in items.order_by("pk"):
        fields = scope.redactor.row("evidence.evidenceitem", item.pk,
                                    original_name=item.original_name)  # fmt: skip
        if fields is None:
            continue
        entry = custody.get(item.pk)
        summary = ngettext(
            "%(n)s custody entry, %(first)s to %(last)s",
            "%(n)s custody entries, %(first)s to %(last)s", entry["n"],
        ) % {"n": entry["n"], "first": entry["first"].date().isoformat(),
             "last": entry["last"].date().isoformat()} if entry else _("no custody entry")  # fmt: skip
        lines.append(EvidenceLine(item.pk, fields["original_name"], item.sha256,
                                  item.size, item.mime_type, summary))  # fmt: skip
    return lines


def matrices(scope: Scope, language: str) -> list[dict[str, Any]]:
    """The legal qualifications and their elements with gaps, redacted as the matrix export."""
    from django.apps import apps

    if not apps.is_installed("rightsledger.legal"):
        return []
    from rightsledger.legal.export import matrices_for_export

    # Qualifications of the case bear on every event within it: shown whatever the scope.
    return matrices_for_export(scope.case, scope.user, purpose=scope.redactor.plan.purpose,
                               recipient=scope.redactor.plan.recipient, language=language)  # fmt: skip
