"""BagIt exports from the browser: the form that starts the job, the bags made, and their
download — for those who may manage the case (the command line's rule), 404 for everyone else.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from rightsledger.archive.downloads import file_sha256, kept_file, new_bag_dir
from rightsledger.archive.forms import BagExportForm
from rightsledger.archive.jobs import KIND
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import render_case

LISTED = 100
# Exporting the whole record, or a redacted copy of it, is managing the case.
PERMISSION = "manage"


def _exports(request: HttpRequest, access: CaseAccess) -> Any:
    jobs = Job.objects.restrict(request.user, PERMISSION).filter(case=access.case, kind=KIND)
    return jobs.select_related("created_by").order_by("-pk")


@login_required
def bag_exports(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, PERMISSION)
    form = BagExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        job = submit(case=access.case, kind=KIND, acting_user=request.user, parameters={
            "out_dir": str(new_bag_dir(access.case.slug, data["purpose"])),
            "purpose": data["purpose"], "recipient": data["recipient"],
            "require_consent": data["require_consent"], "download": True,
        })  # fmt: skip
        return redirect("case-job", slug=slug, pk=job.pk)
    return render_case(request, access, "archive/exports.html", {
        "title": _("Exports"), "form": form, "exports": _exports(request, access)[:LISTED],
    })  # fmt: skip


def _made(request: HttpRequest, slug: str, pk: int) -> tuple[CaseAccess, Job]:
    """A bag made in the browser, through the one access check; 404 for anything else."""
    access = case_access(request, slug, PERMISSION)
    job = Job.objects.get_restricted_or_404(request.user, PERMISSION, case=access.case,
                                            kind=KIND, pk=pk)  # fmt: skip
    if job.status != Job.Status.DONE or kept_file(job.result or {}) is None:
        raise Http404
    return access, job


@login_required
def bag_export(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access, job = _made(request, slug, pk)
    return render_case(request, access, "archive/export.html", {
        "title": _("Bag export"), "job": job, "result": job.result,
    })  # fmt: skip


@login_required
def bag_download(request: HttpRequest, slug: str, pk: int) -> HttpResponseBase:
    """The kept ZIP, checked against its SHA-256 before a byte leaves."""
    _access, job = _made(request, slug, pk)
    result = job.result or {}
    path = kept_file(result)
    assert path is not None  # _made checked it
    try:
        digest, _size = file_sha256(path)
    except FileNotFoundError:
        raise Http404 from None
    if digest != result.get("sha256"):
        return HttpResponse(_("The kept file no longer matches its SHA-256; it is not served."),
                            status=500, content_type="text/plain; charset=utf-8")  # fmt: skip
    response = FileResponse(path.open("rb"), as_attachment=True,
                            filename=str(result.get("file_name") or path.name),
                            content_type="application/zip")  # fmt: skip
    response["Cache-Control"] = "private, no-store"
    return response
