"""Case files in the browser: made by a background job, kept with their hash, downloaded
through the access check."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from rightsledger.jobs.runner import submit
from rightsledger.protection.disclosure import REVEAL_PERMISSION
from rightsledger.records.models import Event, Person
from rightsledger.reports.forms import CaseFileForm
from rightsledger.reports.jobs import KIND
from rightsledger.reports.models import LANGUAGES, Report
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case


def visible_reports(request: HttpRequest, access: Any) -> Any:
    """The case's reports this user may have: a file that may show what only owners and
    editors see of protected persons is theirs alone."""
    reports = Report.objects.restrict(request.user, "view").filter(case=access.case)
    if not access.may(REVEAL_PERMISSION):
        reports = reports.filter(discloses_identities=False)
    return reports.select_related("event", "created_by")


@login_required
def reports(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    events = Event.objects.restrict(request.user, "view").filter(case=access.case)
    form = CaseFileForm(request.POST or None, events=[(e.pk, e.title) for e in events],
                        initial={"language": request.LANGUAGE_CODE})  # fmt: skip
    if request.method == "POST":
        access = case_access(request, slug, "analyze")
        if form.is_valid():
            data = form.cleaned_data
            job = submit(case=access.case, kind=KIND, acting_user=request.user, parameters={
                "event": data["event"], "format": data["format"], "purpose": data["purpose"],
                "recipient": data["recipient"].strip(), "language": data["language"],
            })  # fmt: skip
            return redirect("case-job", slug=slug, pk=job.pk)
    return render_case(request, access, "reports/reports.html", {
        "title": _("Case files"), "form": form, "reports": visible_reports(request, access),
        "can_make": access.may("analyze"),
    })  # fmt: skip


def _report(request: HttpRequest, slug: str, pk: int) -> tuple[Any, Report]:
    access = case_access(request, slug)
    found = visible_reports(request, access).filter(pk=pk).first()
    if found is None:
        raise Http404
    return access, found


@login_required
def report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access, found = _report(request, slug, pk)
    return render_case(request, access, "reports/report.html",
                       {"title": _("Case file"), "report": found})  # fmt: skip


@login_required
def download(request: HttpRequest, slug: str, pk: int) -> HttpResponseBase:
    """The kept file, checked against its SHA-256 before a byte leaves."""
    from rightsledger.reports.actions import stored_path

    _access, found = _report(request, slug, pk)
    path = stored_path(found.sha256, found.format)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        raise Http404 from None
    if digest.hexdigest() != found.sha256:
        return HttpResponse(_("The kept file no longer matches its SHA-256; it is not served."),
                            status=500, content_type="text/plain; charset=utf-8")  # fmt: skip
    content_type = "application/pdf" if found.format == "pdf" else "text/html; charset=utf-8"
    return FileResponse(path.open("rb"), as_attachment=True, filename=found.file_name,
                        content_type=content_type)  # fmt: skip


def _page_pdf(request: HttpRequest, access: Any, record: Any) -> HttpResponse:
    """One record's page as PDF in the reader's language, made afresh (it is not kept: the
    same record gives the same bytes again)."""
    # The case file's renderer (charts, PDF) is imported by the pages that make one only.
    from rightsledger.reports.actions import render_page

    language = request.LANGUAGE_CODE if request.LANGUAGE_CODE in LANGUAGES else "en"
    stream = io.BytesIO()
    page = render_page(access.case, request.user, record, stream, language=language)
    response = HttpResponse(stream.getvalue(), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{page.file_name}"'
    response["Cache-Control"] = "private, no-store"  # what a reader may see, not a cache
    return response


@login_required
def person_pdf(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    person = Person.objects.get_restricted_or_404(request.user, "view", pk=pk, case=access.case)
    return _page_pdf(request, access, person)


@login_required
def event_pdf(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    event = Event.objects.get_restricted_or_404(request.user, "view", pk=pk, case=access.case)
    return _page_pdf(request, access, event)
