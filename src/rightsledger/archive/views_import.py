"""Importing a case from a bag in the browser: the ZIP file the Exports tab gives is looked at
in the request (``archive.bag_zip``: nothing is kept of a file refused), kept in the uploads
area, and imported by an ``import-bag`` job, whose page then leads to the imported case.

Anyone signed in may open a case (``cases.views.case_new``), so anyone signed in may import
one, and becomes its owner. Until the job has made its case, only its starter sees it.
"""

from __future__ import annotations

import shutil

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rightsledger.archive.forms import BagImportForm
from rightsledger.archive.jobs import IMPORT_KIND
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit
from rightsledger.staging import stage_upload
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case


@login_required
def bag_import(request: HttpRequest) -> HttpResponse:
    form = BagImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        token, folder, name = stage_upload(data["bag"], "bag.zip")
        try:
            job = submit(case=None, kind=IMPORT_KIND, acting_user=request.user, parameters={
                "upload": token, "file_name": name, "trusted_key": data["trusted_key"],
            })  # fmt: skip
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return redirect("job", pk=job.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "archive/import.html", {
        "title": _("Import a case from a bag"), "form": form}, status=status)  # fmt: skip


@login_required
def bag_imported(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The page of a finished import from the browser: what came, and the way to the case."""
    access = case_access(request, slug)
    job = Job.objects.get_restricted_or_404(request.user, "view", case=access.case,
                                            kind=IMPORT_KIND, pk=pk)  # fmt: skip
    if job.status != Job.Status.DONE:
        raise Http404
    return render_case(request, access, "archive/imported.html", {
        "title": _("Case imported from a bag"), "job": job, "result": job.result or {},
    })  # fmt: skip
