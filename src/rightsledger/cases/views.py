"""The list of one's cases, a new case, the case's members and its history."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rightsledger.cases.forms import MemberForm, NewCaseForm, RemoveMemberForm, RoleForm
from rightsledger.cases.models import HistoryEntry, Membership
from rightsledger.web.access import case_access
from rightsledger.web.paging import SortKey, keyset_page
from rightsledger.web.views.base import edit_page, render_case, save_form


@login_required
def home(request: HttpRequest) -> HttpResponse:
    memberships = (
        Membership.objects.restrict(request.user, "view")
        .filter(user=request.user)  # type: ignore[misc]
        .select_related("case")
        .order_by("case__name")
    )
    return render(request, "cases/home.html", {"memberships": memberships})


@login_required
def case_new(request: HttpRequest) -> HttpResponse:
    form = NewCaseForm(request.POST or None, user=request.user)
    if request.method == "POST":
        case = save_form(request, form)
        if case is not None:
            messages.success(request, _("Case created."))
            return redirect("case-dashboard", slug=case.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "web/form.html", {"form": form, "title": _("New case")}, status=status)


@login_required
def members(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "manage")
    form = MemberForm(request.POST or None, case=access.case, user=request.user)
    listing = (
        Membership.objects.restrict(request.user, "manage")
        .filter(case=access.case)
        .select_related("user")
        .order_by("user__username")
    )
    rows = [
        (m, RoleForm(initial={"role": m.role}, case=access.case, user=request.user, membership=m))
        for m in listing
    ]
    return edit_page(
        request, access, [form], title=_("Members"), template="cases/members.html",
        success_url=lambda _m: reverse("case-members", kwargs={"slug": slug}),
        context={"rows": rows},
    )  # fmt: skip


@login_required
@require_POST
def member_change(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "manage")
    membership = Membership.objects.get_restricted_or_404(
        request.user, "manage", pk=pk, case=access.case
    )
    kwargs: dict[str, Any] = {"case": access.case, "user": request.user, "membership": membership}
    form: Any = (
        RemoveMemberForm(request.POST, **kwargs)
        if "remove" in request.POST
        else RoleForm(request.POST, **kwargs)
    )
    if save_form(request, form) is None:
        errors = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(request, " ".join(errors) or _("Nothing was changed."))
    else:
        messages.success(request, _("Saved."))
    return redirect("case-members", slug=slug)


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
    # Read through restrict: entries that could show a protected name come masked.
    context = {"page": page, "entries": page.rows, "object_type": object_type, "query": query}
    return render_case(request, access, "cases/history.html", context)


@login_required
def object_history(request: HttpRequest, slug: str, object_type: str, pk: str) -> HttpResponse:
    access = case_access(request, slug)
    entries = (
        HistoryEntry.objects.restrict(request.user, "view")
        .filter(case=access.case, object_type=object_type, object_id=pk)
        .order_by("-sequence")
    )
    page = keyset_page(entries, SortKey("sequence", descending=True), request.GET.get("after"))
    context = {"page": page, "entries": page.rows,
               "object_type": object_type,
               "object_id": pk, "query": ""}  # fmt: skip
    return render_case(request, access, "cases/history.html", context)
