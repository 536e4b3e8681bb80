"""Sources and the claims they make."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rightsledger.records import models as rm
from rightsledger.records.forms.filters import ClaimFilterForm, SourceFilterForm
from rightsledger.records.forms.records import CLAIM_SUBJECTS, ClaimForm, SourceForm
from rightsledger.records.queries import nested
from rightsledger.web.access import case_access
from rightsledger.web.views.base import PAGE_SIZE, delete_page, edit_page, render_case

SUBJECT_VIEWS = {"person": "case-person", "event": "case-event", "act": "case-act"}


@login_required
def source_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    filters = SourceFilterForm(request.GET, case=access.case, user=request.user)
    sources = filters.apply(
        rm.Source.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .annotate(claim_count=Count("claims"))
    )
    page = Paginator(sources, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filters": filters, "page": page, "query": query.urlencode()}
    return render_case(request, access, "records/sources/list.html", context)


@login_required
def source_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    source = rm.Source.objects.get_restricted_or_404(request.user, "view", pk=pk, case=access.case)
    claims = (
        rm.Claim.objects.restrict(request.user, "view")
        .filter(case=access.case, source=source)
        .select_related("event", "subject_type")
        .order_by("pk")
    )
    context = {"source": source, "claims": nested(list(claims))}
    return render_case(request, access, "records/sources/detail.html", context)


@login_required
def source_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    source = (
        rm.Source.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
        if pk is not None
        else None
    )
    form = SourceForm(request.POST or None, case=access.case, user=request.user, instance=source)
    return edit_page(
        request, access, [form], title=_("Edit source") if source else _("New source"),
        success_url=lambda s: reverse("case-source", kwargs={"slug": slug, "pk": s.pk}),
    )  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def source_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    source = rm.Source.objects.get_restricted_or_404(
        request.user, "change", pk=pk, case=access.case
    )
    name = {"name": source.title}
    return delete_page(
        request, access, source,
        title=_("Delete the source “%(name)s”?") % name,
        deleted_message=_("The source “%(name)s” was deleted.") % name,
        list_url=reverse("case-sources", kwargs={"slug": slug}),
        cancel_url=reverse("case-source", kwargs={"slug": slug, "pk": source.pk}),
    )  # fmt: skip


def subject_link(slug: str, claim: rm.Claim) -> str | None:
    """The page of the record an individual claim is about, where it has one."""
    if claim.subject_type is None or claim.subject_id is None:
        return None
    model = claim.subject_type.model_class()
    kind = next((key for key, (m, _label) in CLAIM_SUBJECTS.items() if m is model), None)
    view = SUBJECT_VIEWS.get(kind or "")
    if view is None:
        return None
    return reverse(view, kwargs={"slug": slug, "pk": claim.subject_id})


@login_required
def claim_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    filters = ClaimFilterForm(request.GET, case=access.case, user=request.user)
    claims = filters.apply(
        rm.Claim.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("source", "event", "subject_type", "parent")
    )
    page = Paginator(claims, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(claim, subject_link(slug, claim)) for claim in page]
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filters": filters, "page": page, "rows": rows, "query": query.urlencode()}
    return render_case(request, access, "records/claims/list.html", context)


@login_required
def claim_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    claim = rm.Claim.objects.get_restricted_or_404(request.user, "view", pk=pk, case=access.case)
    context = {"claim": claim, "subject_url": subject_link(slug, claim)}
    return render_case(request, access, "records/claims/detail.html", context)


@login_required
def claim_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    claim = (
        rm.Claim.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
        if pk is not None
        else None
    )
    initial: dict[str, Any] = {}
    if claim is None:
        for name in ("source", "subject_id", "event"):
            if (value := request.GET.get(name, "")).isdigit():
                initial[name] = int(value)
        if request.GET.get("subject_kind") in CLAIM_SUBJECTS:
            initial["subject_kind"] = request.GET["subject_kind"]
            initial["kind"] = "individual"
    form = ClaimForm(
        request.POST or None, case=access.case, user=request.user, instance=claim,
        initial=initial,
    )  # fmt: skip
    return edit_page(
        request, access, [form], title=_("Edit claim") if claim else _("New claim"),
        success_url=lambda c: reverse("case-claim", kwargs={"slug": slug, "pk": c.pk}),
    )  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def claim_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, "change")
    claim = rm.Claim.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
    number = {"number": claim.pk}
    return delete_page(
        request, access, claim,
        title=_("Delete claim № %(number)s?") % number,
        deleted_message=_("Claim № %(number)s was deleted.") % number,
        list_url=reverse("case-claims", kwargs={"slug": slug}),
        cancel_url=reverse("case-claim", kwargs={"slug": slug, "pk": claim.pk}),
    )  # fmt: skip
