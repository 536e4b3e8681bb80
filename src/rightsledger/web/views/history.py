"""The history of a whole case, and of any one object in it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse

from rightsledger.cases.models import HistoryEntry
from rightsledger.web.access import case_access
from rightsledger.web.views.base import PAGE_SIZE, render_case


@login_required
def case_history(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    entries = (
        HistoryEntry.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .order_by("-sequence")
    )
    object_type = request.GET.get("type", "")
    if object_type:
        entries = entries.filter(object_type=object_type)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "object_type": object_type, "query": f"type={object_type}"}
    return render_case(request, access, "web/history.html", context)


@login_required
def object_history(request: HttpRequest, slug: str, object_type: str, pk: str) -> HttpResponse:
    access = case_access(request, slug)
    entries = (
        HistoryEntry.objects.restrict(request.user, "view")
        .filter(case=access.case, object_type=object_type, object_id=pk)
        .order_by("-sequence")
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "object_type": object_type, "object_id": pk, "query": ""}
    return render_case(request, access, "web/history.html", context)
