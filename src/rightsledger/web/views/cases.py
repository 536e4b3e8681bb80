"""The list of one's cases, a new case, the case dashboard and the case's members."""

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

from rightsledger.cases.models import Membership
from rightsledger.records import vocabulary as v
from rightsledger.records.summary import dashboard_figures
from rightsledger.web.access import case_access
from rightsledger.web.forms.accounts import MemberForm, NewCaseForm, RemoveMemberForm, RoleForm
from rightsledger.web.views.base import edit_page, render_case, submit


@login_required
def home(request: HttpRequest) -> HttpResponse:
    memberships = (
        Membership.objects.restrict(request.user, "view")
        .filter(user=request.user)  # type: ignore[misc]
        .select_related("case")
        .order_by("case__name")
    )
    return render(request, "web/home.html", {"memberships": memberships})


@login_required
def case_new(request: HttpRequest) -> HttpResponse:
    form = NewCaseForm(request.POST or None, user=request.user)
    if request.method == "POST":
        case = submit(request, form)
        if case is not None:
            messages.success(request, _("Case created."))
            return redirect("case-dashboard", slug=case.slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "web/form.html", {"form": form, "title": _("New case")}, status=status)


def _link(slug: str, view: str, **query: Any) -> str:
    url = reverse(view, kwargs={"slug": slug})
    return f"{url}?{urlencode(query)}" if query else url


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    figures = dashboard_figures(access.case)
    summary = figures.summary
    persons = "case-persons"
    by_status = [
        (label, summary["persons_by_victim_status"][value], _link(slug, persons, status=value))
        for value, label in v.VictimStatus.choices
    ]
    killed = summary["killed"]
    killed_figures = [
        (_("of whom women"), killed["women"],
         _link(slug, persons, status="killed", sex="female")),
        (_("of whom children"), killed["children"],
         _link(slug, persons, status="killed", age_group="child")),
        (_("of whom elderly"), killed["elderly"],
         _link(slug, persons, status="killed", age_group="elderly")),
    ]  # fmt: skip
    acts_by_type = [
        (label, summary["acts_by_type"][value], _link(slug, "case-acts", act_type=value))
        for value, label in v.ActType.choices
        if summary["acts_by_type"][value]
    ]
    context = {
        "summary": summary,
        "by_status": by_status,
        "killed_total": (killed["total"], _link(slug, persons, status="killed")),
        "killed_figures": killed_figures,
        "acts_by_type": acts_by_type,
        "evidence": summary.get("evidence_items"),
        "figures": figures,
    }
    return render_case(request, access, "web/dashboard.html", context)


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
        request, access, [form], title=_("Members"), template="web/members.html",
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
    if submit(request, form) is None:
        errors = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(request, " ".join(errors) or _("Nothing was changed."))
    else:
        messages.success(request, _("Saved."))
    return redirect("case-members", slug=slug)
