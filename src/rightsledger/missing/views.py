"""The missing persons' record in the browser: figures with their drill-down, files, burial
sites (with a map), remains cases, DNA reports, AM/PM candidates and identifications.

Reading needs "view" in the case; every change "change"; the candidate list, which shows
ante-mortem data, "change" too.  Anyone else gets 404.  Everything is fetched through
``restrict``; everything is written through the forms' actions.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from rightsledger.missing import forms as mf
from rightsledger.missing import queries as q
from rightsledger.missing.actions import may_confirm, rival_identifications
from rightsledger.missing.candidates import candidates
from rightsledger.missing.models import (
    BurialSite,
    DnaMatchReport,
    Identification,
    MissingPersonFile,
    RemainsCase,
)
from rightsledger.records import models as rm
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import edit_page, render_case

CHANGE = "change"


def url(name: str, slug: str, *args: Any) -> str:
    return reverse(f"missing-{name}", args=[slug, *args])


def _posted(request: HttpRequest) -> Any:
    """The submitted data, even when empty (a confirmation has no field to fill)."""
    return request.POST if request.method == "POST" else None


def _event(request: HttpRequest, access: CaseAccess) -> rm.Event | None:
    raw = request.GET.get("event") or ""
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise Http404
    return rm.Event.objects.get_restricted_or_404(request.user, "view", case=access.case,
                                                  pk=int(raw))  # fmt: skip


def _get(model: Any, request: HttpRequest, access: CaseAccess, pk: int,
         permission: str = "view") -> Any:  # fmt: skip
    return model.objects.get_restricted_or_404(request.user, permission, case=access.case, pk=pk)


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    event = _event(request, access)
    user = request.user
    remains = (
        RemainsCase.objects.restrict(user, "view").filter(case=access.case)
        .select_related("site").order_by("tag")
    )  # fmt: skip
    return render_case(request, access, "missing/overview.html", {
        "title": _("The missing"), "event": event,
        "events": rm.Event.objects.restrict(user, "view").filter(case=access.case),
        "figures": q.figures(access.case, event), "sites": q.sites_with_status(access.case, user),
        "files": q.files_list(access.case, user)[:200], "remains": remains[:200],
        "rivals": q.rivals(access.case, user),
    })  # fmt: skip


@login_required
def figure(request: HttpRequest, slug: str, key: str) -> HttpResponse:
    """The persons (or remains cases) behind one figure."""
    access = case_access(request, slug)
    if key not in q.FIGURES:
        raise Http404
    event = _event(request, access)
    if key == "remains_recovered":
        rows: Any = q.remains_of(access.case, event).restrict(request.user, "view").select_related(
            "site").order_by("tag")  # fmt: skip
    else:
        rows = q.figure_persons(access.case, key, event).restrict(request.user, "view").order_by(
            "display_name", "pk")  # fmt: skip
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render_case(request, access, "missing/figure.html", {
        "title": str(q.LABELS[key]), "key": key, "event": event, "page": page,
        "remains_figure": key == "remains_recovered", "query": request.GET.urlencode(),
    })  # fmt: skip


# --- files ---------------------------------------------------------------------------------


@login_required
def file_new(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    number = request.GET.get("person", "")
    if not number.isdigit():
        raise Http404
    person = rm.Person.objects.get_restricted_or_404(request.user, CHANGE, case=access.case,
                                                     pk=int(number))  # fmt: skip
    existing = MissingPersonFile.objects.restrict(request.user, "view").filter(person=person)
    if existing.exists():
        return _redirect(url("file", slug, existing.get().pk))
    form = mf.FileForm(_posted(request), case=access.case, user=request.user, person=person)
    return edit_page(request, access, [form],
                     title=_("Missing person's file: %(person)s") % {"person": person},
                     success_url=lambda f: url("file", slug, f.pk))  # fmt: skip


def _redirect(to: str) -> HttpResponse:
    from django.shortcuts import redirect

    return redirect(to)


@login_required
def file_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    file = _get(MissingPersonFile, request, access, pk)
    user = request.user
    reports = (
        DnaMatchReport.objects.restrict(user, "view").filter(file=file)
        .select_related("sample__remains")
    )  # fmt: skip
    return render_case(request, access, "missing/file.html", {
        "title": str(file.person), "file": file,
        "relatives": file.relatives.restrict(user, "view").order_by("pk"),
        "attachments": file.attachments.restrict(user, "view").select_related("item"),
        "reports": reports,
        "identifications": Identification.objects.restrict(user, "view").filter(
            person=file.person).select_related("remains"),
        "still_missing": q.figure_persons(access.case, "still_missing").filter(
            pk=file.person_id).exists(),
    })  # fmt: skip


@login_required
def file_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    file = _get(MissingPersonFile, request, access, pk, CHANGE)
    form = mf.FileForm(_posted(request), instance=file, case=access.case, user=request.user)
    return edit_page(request, access, [form], title=_("Edit the file"),
                     success_url=lambda f: url("file", slug, f.pk),
                     context={"cancel_url": url("file", slug, pk)})  # fmt: skip


@login_required
def relative_new(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    file = _get(MissingPersonFile, request, access, pk, CHANGE)
    form = mf.RelativeForm(_posted(request), case=access.case, user=request.user, file=file)
    return edit_page(request, access, [form], title=_("Relative or reference donor"),
                     success_url=lambda _r: url("file", slug, pk),
                     context={"cancel_url": url("file", slug, pk)})  # fmt: skip


def _attach(request: HttpRequest, access: CaseAccess, target: dict[str, Any], back: str,
            title: str) -> HttpResponse:  # fmt: skip
    form = mf.AttachForm(_posted(request), request.FILES if request.method == "POST" else None, case=access.case,
                         user=request.user, target=target)  # fmt: skip
    return edit_page(request, access, [form], title=title, success_url=lambda _a: back,
                     template="missing/upload.html", context={"cancel_url": back})  # fmt: skip


@login_required
def file_attach(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    file = _get(MissingPersonFile, request, access, pk, CHANGE)
    return _attach(request, access, {"file": file}, url("file", slug, pk),
                   _("Attach a photograph or document"))  # fmt: skip


# --- sites ---------------------------------------------------------------------------------


@login_required
def site_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    return render_case(request, access, "missing/sites.html", {
        "title": _("Burial sites"), "sites": q.sites_with_status(access.case, request.user),
    })  # fmt: skip


@login_required
def sites_geojson(request: HttpRequest, slug: str) -> JsonResponse:
    access = case_access(request, slug)
    return JsonResponse(q.sites_geojson(access.case, request.user,
                                        lambda site: url("site", slug, site.pk)))  # fmt: skip


@login_required
def site_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    site = _get(BurialSite, request, access, pk, CHANGE) if pk else BurialSite(case=access.case)
    form = mf.SiteForm(_posted(request), instance=site, case=access.case, user=request.user)
    return edit_page(request, access, [form],
                     title=_("Edit the site") if pk else _("Record a burial site"),
                     success_url=lambda s: url("site", slug, s.pk),
                     context={"cancel_url": url("site", slug, pk) if pk else url("sites", slug)})  # fmt: skip


@login_required
def site_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    site = _get(BurialSite, request, access, pk)
    user = request.user
    return render_case(request, access, "missing/site.html", {
        "title": site.name, "site": site,
        "statuses": site.statuses.restrict(user, "view").order_by("date", "pk"),
        "remains": site.remains.restrict(user, "view").order_by("tag"),
        "identifications": q.identifications_of_site(site, user),
        "attachments": site.attachments.restrict(user, "view").select_related("item"),
    })  # fmt: skip


@login_required
def site_status(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    site = _get(BurialSite, request, access, pk, CHANGE)
    form = mf.SiteStatusForm(_posted(request), case=access.case, user=request.user, site=site)
    return edit_page(request, access, [form], title=_("Status of %(site)s") % {"site": site},
                     success_url=lambda _s: url("site", slug, pk),
                     context={"cancel_url": url("site", slug, pk)})  # fmt: skip


@login_required
def site_attach(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    site = _get(BurialSite, request, access, pk, CHANGE)
    return _attach(request, access, {"site": site}, url("site", slug, pk),
                   _("Attach a photograph, plan or report"))  # fmt: skip


# --- remains and identifications ---------------------------------------------------------


@login_required
def remains_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    remains = _get(RemainsCase, request, access, pk, CHANGE) if pk else RemainsCase(
        case=access.case)  # fmt: skip
    initial = {}
    if not pk and (site := request.GET.get("site", "")).isdigit():
        initial["site"] = int(site)
    form = mf.RemainsForm(_posted(request), instance=remains, case=access.case,
                          user=request.user, initial=initial)  # fmt: skip
    return edit_page(request, access, [form],
                     title=_("Edit the remains case") if pk else _("Add remains"),
                     success_url=lambda r: url("remains", slug, r.pk),
                     context={"cancel_url": url("remains", slug, pk) if pk else url("home", slug)})  # fmt: skip


@login_required
def remains_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    remains = _get(RemainsCase, request, access, pk)
    user = request.user
    return render_case(request, access, "missing/remains.html", {
        "title": remains.tag, "remains": remains,
        "samples": remains.samples.restrict(user, "view").order_by("pk"),
        "reports": DnaMatchReport.objects.restrict(user, "view").filter(
            sample__remains=remains).select_related("sample", "file__person", "report_item"),
        "identifications": remains.identifications.restrict(user, "view").select_related(
            "person").order_by("pk"),
        "commingled": RemainsCase.objects.restrict(user, "view").filter(
            case=access.case, commingling_group=remains.commingling_group,
        ).exclude(pk=remains.pk) if remains.commingling_group else [],
        "attachments": remains.attachments.restrict(user, "view").select_related("item"),
    })  # fmt: skip


@login_required
def sample_new(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    remains = _get(RemainsCase, request, access, pk, CHANGE)
    form = mf.SampleForm(_posted(request), case=access.case, user=request.user,
                         remains=remains)  # fmt: skip
    return edit_page(request, access, [form], title=_("Sample of %(tag)s") % {"tag": remains},
                     success_url=lambda _s: url("remains", slug, pk),
                     context={"cancel_url": url("remains", slug, pk)})  # fmt: skip


@login_required
def report_new(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    remains = _get(RemainsCase, request, access, pk, CHANGE)
    form = mf.DnaReportForm(_posted(request), request.FILES if request.method == "POST" else None, case=access.case,
                            user=request.user, remains=remains)  # fmt: skip
    return edit_page(request, access, [form],
                     title=_("DNA match report for %(tag)s") % {"tag": remains},
                     success_url=lambda _r: url("remains", slug, pk),
                     template="missing/upload.html",
                     context={"cancel_url": url("remains", slug, pk)})  # fmt: skip


@login_required
def remains_candidates(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    remains = _get(RemainsCase, request, access, pk, CHANGE)
    return render_case(request, access, "missing/candidates.html", {
        "title": _("Candidates for %(tag)s") % {"tag": remains}, "remains": remains,
        "candidates": candidates(remains, request.user),
    })  # fmt: skip


@login_required
def identify(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    remains = _get(RemainsCase, request, access, pk, CHANGE)
    initial = {"person": request.GET["person"]} if request.GET.get("person", "").isdigit() else {}
    form = mf.ProposeForm(_posted(request), case=access.case, user=request.user,
                          remains=remains, initial=initial)  # fmt: skip
    return edit_page(request, access, [form],
                     title=_("Propose an identification of %(tag)s") % {"tag": remains},
                     success_url=lambda i: url("identification", slug, i.pk),
                     context={"cancel_url": url("remains", slug, pk)})  # fmt: skip


@login_required
def identification_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    identification = _get(Identification, request, access, pk)
    return render_case(request, access, "missing/identification.html", {
        "title": _("Identification %(number)s") % {"number": pk}, "ident": identification,
        "lines": identification.lines.restrict(request.user, "view").select_related(
            "dna_report"),
        "rivals": rival_identifications(identification),
        "may_confirm": may_confirm(request.user, access.case),
    })  # fmt: skip


@login_required
def line_new(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    identification = _get(Identification, request, access, pk, CHANGE)
    form = mf.LineForm(_posted(request), case=access.case, user=request.user,
                       identification=identification)  # fmt: skip
    return edit_page(request, access, [form], title=_("Line of evidence"),
                     success_url=lambda _l: url("identification", slug, pk),
                     context={"cancel_url": url("identification", slug, pk)})  # fmt: skip


STEP_TITLES = {"confirm": _("Confirm the identification"), "notify": _("Family notified"),
               "hand_over": _("Remains handed over"), "withdraw": _("Withdraw the identification")}  # fmt: skip


@login_required
def identification_step(request: HttpRequest, slug: str, pk: int, step: str) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    if step not in STEP_TITLES:
        raise Http404
    identification = _get(Identification, request, access, pk, CHANGE)
    form = mf.StepForm(_posted(request), case=access.case, user=request.user,
                       identification=identification, step=step)  # fmt: skip
    return edit_page(request, access, [form], title=str(STEP_TITLES[step]),
                     success_url=lambda _i: url("identification", slug, pk),
                     template="missing/step.html",
                     context={"cancel_url": url("identification", slug, pk), "step": step,
                              "ident": identification})  # fmt: skip
