"""Acts, the persons involved in them, and victims' statuses over time."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rightsledger.records import models as rm
from rightsledger.records.forms.filters import ActFilterForm
from rightsledger.records.forms.records import ActForm, InvolvementForm, ParticipantForm, StatusForm
from rightsledger.web.access import case_access
from rightsledger.web.views.base import PAGE_SIZE, delete_page, edit_page, render_case


def _act_url(slug: str, pk: int) -> str:
    return reverse("case-act", kwargs={"slug": slug, "pk": pk})


@login_required
def act_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    filters = ActFilterForm(request.GET, case=access.case, user=request.user)
    acts = filters.apply(
        rm.Act.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("event", "place")
        .annotate(persons=Count("involvements"))
    )
    page = Paginator(acts, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filters": filters, "page": page, "query": query.urlencode()}
    return render_case(request, access, "records/acts/list.html", context)


@login_required
def act_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    user, case = request.user, access.case
    act = rm.Act.objects.get_restricted_or_404(user, "view", pk=pk, case=case)
    involvements = (
        rm.Involvement.objects.restrict(user, "view")
        .filter(case=case, act=act)
        .select_related("person")
        .prefetch_related("statuses")
        .order_by("role", "pk")
    )
    participant_form = (
        ParticipantForm(case=case, user=user, act=act, prefix="p") if access.can_change else None
    )
    context = {"act": act, "involvements": involvements, "participant_form": participant_form}
    return render_case(request, access, "records/acts/detail.html", context)


@login_required
def act_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    act = (
        rm.Act.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
        if pk is not None
        else None
    )
    initial = {}
    if act is None and (event := request.GET.get("event", "")).isdigit():
        initial["event"] = int(event)
    form = ActForm(
        request.POST or None, case=access.case, user=request.user, instance=act, initial=initial
    )
    return edit_page(
        request, access, [form], title=_("Edit act") if act else _("New act"),
        success_url=lambda a: _act_url(slug, a.pk),
    )  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def act_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    act = rm.Act.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
    name = {"name": str(act)}
    return delete_page(
        request, access, act,
        title=_("Delete the act “%(name)s”?") % name,
        deleted_message=_("The act “%(name)s” was deleted.") % name,
        list_url=reverse("case-acts", kwargs={"slug": slug}),
        cancel_url=_act_url(slug, act.pk),
    )  # fmt: skip


@login_required
def participant_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    act = rm.Act.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
    form = ParticipantForm(
        request.POST or None, case=access.case, user=request.user, act=act, prefix="p"
    )
    return edit_page(
        request, access, [form], title=_("Add a person to this act"),
        success_url=lambda _i: _act_url(slug, act.pk), context={"act": act},
    )  # fmt: skip


@login_required
def involvement_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    involvement = rm.Involvement.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    form = InvolvementForm(
        request.POST or None, case=access.case, user=request.user, instance=involvement
    )
    return edit_page(
        request, access, [form], title=str(involvement),
        success_url=lambda i: _act_url(slug, i.act_id),
    )  # fmt: skip


@login_required
def status_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    involvement = rm.Involvement.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    form = StatusForm(
        request.POST or None, case=access.case, user=request.user, involvement=involvement
    )
    return edit_page(
        request, access, [form],
        title=_("New status of %(person)s") % {"person": involvement.person},
        success_url=lambda _s: _act_url(slug, involvement.act_id),
    )  # fmt: skip


@login_required
def status_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    status = rm.StatusRecord.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    form = StatusForm(request.POST or None, case=access.case, user=request.user, instance=status)
    return edit_page(
        request, access, [form], title=str(status),
        success_url=lambda s: _act_url(slug, s.involvement.act_id),
    )  # fmt: skip
