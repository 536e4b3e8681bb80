"""Events (nested) and their timeline."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rightsledger.records import models as rm
from rightsledger.records.forms.filters import EventFilterForm
from rightsledger.records.forms.records import EventForm
from rightsledger.records.queries import event_page, timeline
from rightsledger.web.access import case_access
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
    return render_case(request, access, "records/events/list.html", context)


@login_required
def event_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    user, case = request.user, access.case
    event = rm.Event.objects.get_restricted_or_404(user, "view", pk=pk, case=case)
    page = event_page(user, case, event)
    context = {
        "event": event, "children": page.children, "acts": page.acts, "claims": page.claims,
        "places": page.places, "timeline": page.timeline,
    }  # fmt: skip
    return render_case(request, access, "records/events/detail.html", context)


@login_required
def case_timeline(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    items = timeline(request.user, access.case, None)
    return render_case(request, access, "records/events/timeline.html", {"timeline": items})


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
