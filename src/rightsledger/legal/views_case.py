"""A case's qualifications in the browser: proposing, the matrix as a grid, linking records
to elements (from the matrix, or from a claim, act or evidence item in two clicks), the
status, exports, and the case's own additions to the act-type mapping.

Reading needs "view" in the case, every change "analyze"; anyone else gets 404.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rightsledger.legal import actions
from rightsledger.legal.export import matrices_for_export, write_matrices
from rightsledger.legal.forms import (
    LinkFromRecordForm,
    LinkRecordForm,
    MappingForm,
    ProposeForm,
    StatusForm,
)
from rightsledger.legal.models import LINK_TARGETS, ActTypeMapping, ElementLink, Qualification
from rightsledger.legal.queries import case_matrices, mapping_table, title_of
from rightsledger.records import models as rm
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import delete_page, edit_page, render_case

ANALYZE = "analyze"


def _page(slug: str, pk: int) -> str:
    return reverse("case-qualification", kwargs={"slug": slug, "pk": pk})


def _qualification(
    request: HttpRequest, access: CaseAccess, pk: int, permission: str
) -> Qualification:
    return Qualification.objects.get_restricted_or_404(
        request.user, permission, pk=pk, case=access.case
    )


@login_required
def qualification_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    context = {"title": _("Qualifications"), "matrices": case_matrices(access.case, request.user),
               "can_analyze": access.may(ANALYZE)}  # fmt: skip
    return render_case(request, access, "legal/qualifications.html", context)


@login_required
def qualification_new(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, ANALYZE)
    act = None
    if (number := request.GET.get("act", "")).isdigit():
        act = (
            rm.Act.objects.restrict(request.user, "view")
            .filter(case=access.case, pk=int(number))
            .first()
        )
    form = ProposeForm(request.POST or None, case=access.case, user=request.user, act=act)
    return edit_page(
        request, access, [form], title=_("Propose a qualification"),
        success_url=lambda q: _page(slug, q.pk), template="legal/propose.html",
        context={"act": act},
    )  # fmt: skip


@login_required
def qualification_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    qualification = _qualification(request, access, pk, "view")
    matrix = case_matrices(access.case, request.user, ids=[qualification.pk])[0]
    context = {"title": matrix.title, "matrix": matrix, "q": qualification,
               "can_analyze": access.may(ANALYZE)}  # fmt: skip
    return render_case(request, access, "legal/qualification.html", context)


@login_required
def qualification_status(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, ANALYZE)
    qualification = _qualification(request, access, pk, ANALYZE)
    form = StatusForm(request.POST or None, case=access.case, user=request.user,
                      qualification=qualification)  # fmt: skip
    return edit_page(request, access, [form], title=_("Status of the qualification"),
                     success_url=lambda q: _page(slug, q.pk),
                     context={"cancel_url": _page(slug, pk)})  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def qualification_withdraw(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Confirm, then delete the qualification and its own links (all kept in the history)."""
    access = case_access(request, slug, ANALYZE)
    qualification = _qualification(request, access, pk, ANALYZE)
    name = {"name": title_of(qualification)}
    return delete_page(
        request, access, qualification,
        title=_("Withdraw the proposed qualification “%(name)s”?") % name,
        deleted_message=_("The qualification was withdrawn. It remains in the history."),
        list_url=reverse("case-qualifications", kwargs={"slug": slug}),
        cancel_url=_page(slug, pk),
    )  # fmt: skip


@login_required
def link_record(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """From the matrix: link a claim, record or evidence item (by number) to an element."""
    access = case_access(request, slug, ANALYZE)
    qualification = _qualification(request, access, pk, ANALYZE)
    initial = {}
    if (element := request.GET.get("element", "")).isdigit():
        initial["element"] = int(element)
    form = LinkRecordForm(request.POST or None, case=access.case, user=request.user,
                          qualification=qualification, initial=initial)  # fmt: skip
    return edit_page(request, access, [form], title=_("Link a record to an element"),
                     success_url=lambda _link: _page(slug, pk),
                     context={"cancel_url": _page(slug, pk)})  # fmt: skip


@login_required
def link_from(request: HttpRequest, slug: str, kind: str, pk: int) -> HttpResponse:
    """From a claim, act or evidence item: choose the element it supports or contradicts."""
    access = case_access(request, slug, ANALYZE)
    if kind not in LINK_TARGETS:
        raise Http404("no such kind of record")
    model = apps.get_model(LINK_TARGETS[kind])
    target = model.objects.get_restricted_or_404(request.user, "view", pk=pk, case=access.case)
    qualifications = list(
        Qualification.objects.restrict(request.user, ANALYZE).filter(case=access.case)
        .select_related("crime", "provision").prefetch_related("crime__elements")
    )  # fmt: skip
    form = LinkFromRecordForm(request.POST or None, case=access.case, user=request.user,
                              target=target, qualifications=qualifications)  # fmt: skip
    return edit_page(
        request, access, [form], title=_("Link to an element of a qualification"),
        success_url=lambda link: _page(slug, link.qualification_id or int(form.cleaned_data["element"].split(":")[0])),
        template="legal/link_from.html",
        context={"target": target, "kind": kind, "qualifications": qualifications},
    )  # fmt: skip


@login_required
@require_POST
def unlink(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, ANALYZE)
    link = ElementLink.objects.get_restricted_or_404(request.user, ANALYZE, pk=pk, case=access.case)
    back = request.POST.get("qualification", "")
    actions.unlink(link, acting_user=request.user)
    messages.success(request, _("The link was removed. It remains in the history."))
    if back.isdigit():
        return redirect(_page(slug, int(back)))
    return redirect("case-qualifications", slug=slug)


@login_required
def matrix_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The case's matrices as CSV or JSON (as ``rightsledger matrix`` writes them)."""
    access = case_access(request, slug)
    if fmt not in {"csv", "json"}:
        raise Http404("no such format")
    matrices = matrices_for_export(access.case, request.user)
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    response = HttpResponse(content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slug}-matrix.{fmt}"'
    write_matrices(matrices, fmt, response)  # type: ignore[arg-type]
    return response


@login_required
def case_mappings(request: HttpRequest, slug: str) -> HttpResponse:
    """The act-type mapping as this case sees it: the shared rows and the case's own."""
    access = case_access(request, slug)
    form = None
    if access.may(ANALYZE):
        form = MappingForm(request.POST or None, user=request.user, case=access.case)
    elif request.method == "POST":
        raise Http404("no permission to change this case")
    if form is not None and request.method == "POST":
        return edit_page(request, access, [form], title=_("Add to this case's mapping"),
                         success_url=lambda _m: reverse("case-legal-mappings", kwargs={"slug": slug}))  # fmt: skip
    context = {"title": _("Act types and the law they may engage"), "form": form,
               "table": mapping_table(access.case, request.user), "can_edit": False,
               "case_form": form is not None}  # fmt: skip
    return render_case(request, access, "legal/mappings.html", context)


@login_required
@require_POST
def case_mapping_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, ANALYZE)
    mapping = ActTypeMapping.objects.get_restricted_or_404(
        request.user, ANALYZE, pk=pk, case=access.case
    )
    actions.remove_act_type_mapping(mapping, acting_user=request.user)
    messages.success(request, _("Removed. The change is in the history."))
    return redirect("case-legal-mappings", slug=slug)
