"""Events (nested) and their timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from rightsledger.records import models as rm
from rightsledger.web.access import case_access
from rightsledger.web.forms.filters import EventFilterForm
from rightsledger.web.forms.records import EventForm
from rightsledger.web.views.base import PAGE_SIZE, delete_page, edit_page, render_case


@login_required
def event_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    filters = EventFilterForm(request.GET, case=access.case, user=request.user)
    events = filters.apply(
        rm.Event.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("parent")
        .annotate(act_count=Count("acts", distinct=True))
    )
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filters": filters, "page": page, "query": query.urlencode()}
    return render_case(request, access, "web/events/list.html", context)


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date | None
    precision: str
    kind: str
    label: str
    url: str
    detail: str = ""


def _descendants(events: list[rm.Event], root: rm.Event) -> list[rm.Event]:
    children: dict[int | None, list[rm.Event]] = {}
    for event in events:
        children.setdefault(event.parent_id, []).append(event)
    found, stack = [], [root.pk]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child.pk)
    return found


def timeline(user: Any, case: Any, root: rm.Event | None) -> list[TimelineItem]:
    """Events, acts and dated victim statuses in date order; undated ones last."""
    slug = case.slug
    all_events = list(rm.Event.objects.restrict(user, "view").filter(case=case))
    events = [root, *_descendants(all_events, root)] if root else all_events
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


@login_required
def event_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    user, case = request.user, access.case
    event = rm.Event.objects.get_restricted_or_404(user, "view", pk=pk, case=case)
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
    )
    context = {
        "event": event,
        "children": children,
        "acts": acts,
        "claims": claims,
        "places": event.places.all(),
        "timeline": timeline(user, case, event),
    }
    return render_case(request, access, "web/events/detail.html", context)


@login_required
def case_timeline(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    items = timeline(request.user, access.case, None)
    return render_case(request, access, "web/events/timeline.html", {"timeline": items})


@login_required
def event_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    event = (
        rm.Event.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
        if pk is not None
        else None
    )
    initial = {}
    if event is None and (parent := request.GET.get("parent", "")).isdigit():
        initial["parent"] = int(parent)
    form = EventForm(
        request.POST or None, case=access.case, user=request.user, instance=event,
        initial=initial,
    )  # fmt: skip
    return edit_page(
        request, access, [form], title=_("Edit event") if event else _("New event"),
        success_url=lambda e: reverse("case-event", kwargs={"slug": slug, "pk": e.pk}),
    )  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def event_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    event = rm.Event.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
    name = {"name": event.title}
    return delete_page(
        request, access, event,
        title=_("Delete the event “%(name)s”?") % name,
        deleted_message=_("The event “%(name)s” was deleted.") % name,
        list_url=reverse("case-events", kwargs={"slug": slug}),
        cancel_url=reverse("case-event", kwargs={"slug": slug, "pk": event.pk}),
    )  # fmt: skip
