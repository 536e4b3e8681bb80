"""The history of a whole case, and of any one object in it."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from rightsledger.cases.models import HistoryEntry
from rightsledger.protection.history import masked_for
from rightsledger.web.access import case_access
from rightsledger.web.paging import SortKey, keyset_page
from rightsledger.web.views.base import render_case


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
    # Keyset paging: a case's history grows with every change, to millions of entries.
    page = keyset_page(entries, SortKey("sequence", descending=True), request.GET.get("after"))
    query = urlencode({"type": object_type}) if object_type else ""
    entries_shown = masked_for(request.user, page.rows)
    context = {"page": page, "entries": entries_shown, "object_type": object_type, "query": query}
    return render_case(request, access, "web/history.html", context)


@login_required
def object_history(request: HttpRequest, slug: str, object_type: str, pk: str) -> HttpResponse:
    access = case_access(request, slug)
    entries = (
        HistoryEntry.objects.restrict(request.user, "view")
        .filter(case=access.case, object_type=object_type, object_id=pk)
        .order_by("-sequence")
    )
    page = keyset_page(entries, SortKey("sequence", descending=True), request.GET.get("after"))
    context = {"page": page, "entries": masked_for(request.user, page.rows),
               "object_type": object_type,
               "object_id": pk, "query": ""}  # fmt: skip
    return render_case(request, access, "web/history.html", context)
