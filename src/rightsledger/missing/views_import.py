"""Importing a list of missing persons or exhumation records in the browser: upload the
file, say which column holds what, preview (every row checked, nothing written), import —
checked again in the request, then written by a worker as a job of the queue
(``missing.jobs``).

A refused file names its row and column and leaves the record as it was (the import is
one transaction: ``missing.importing``).  The upload waits in the data directory's
uploads folder under a random token, for the user and case that sent it only.
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit
from rightsledger.missing import importing, jobs
from rightsledger.missing.forms_import import LIST, ColumnsForm, UploadForm
from rightsledger.records import models as rm
from rightsledger.registry.importing import ImportRefused, ListFileError
from rightsledger.registry.importing.reading import detect_format, iter_rows
from rightsledger.staging import stage_upload, upload_dir
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import render_case

CHANGE = "change"
ABOUT = "missing-import.json"
SHOWN_ROWS = 5


def _events(request: HttpRequest, access: CaseAccess) -> Any:
    return rm.Event.objects.restrict(request.user, CHANGE).filter(case=access.case)


@login_required
def upload(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    events = _events(request, access)
    form = UploadForm(request.POST or None, request.FILES or None,
                      events=[(e.pk, e.title) for e in events])  # fmt: skip
    if request.method == "POST" and form.is_valid():
        token, folder, name = stage_upload(form.cleaned_data["file"], "upload.csv")
        about = {"case": access.case.pk, "user": request.user.pk, "file_name": name,
                 **{k: form.cleaned_data[k] for k in ("kind", "source_title", "reliability",
                                                      "event")}}  # fmt: skip
        (folder / ABOUT).write_text(json.dumps(about), encoding="utf-8")
        return redirect("missing-import-columns", slug=slug, token=token)
    return render_case(request, access, "missing/import.html", {
        "form": form, "title": _("Import missing persons or exhumation records")})  # fmt: skip


def _upload(access: CaseAccess, user: Any, token: str) -> tuple[dict[str, Any], Path]:
    """The upload ``token`` if this user sent it to this case (else 404)."""
    if not token.isalnum():
        raise Http404
    folder = upload_dir() / token
    try:
        about = json.loads((folder / ABOUT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise Http404 from None
    if about.get("case") != access.case.pk or about.get("user") != user.pk:
        raise Http404
    return about, folder / about["file_name"]


def _first_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = iter_rows(path, detect_format(path))
    header = next(rows, None)
    if header is None:
        raise ListFileError(f"{path.name}: no header row")
    return header, list(islice((r for r in rows if any(c.strip() for c in r)), SHOWN_ROWS))


def _preview(form: ColumnsForm, header: list[str], rows: list[list[str]]) -> dict[str, Any]:
    """The first rows as they will be read: each chosen field with its cell."""
    position = {h: i for i, h in enumerate(header)}
    chosen = [(form.fields[k].label, position[v]) for k, v in form.cleaned_data.items()
              if v and k != "status_words"]  # fmt: skip
    return {"fields": [label for label, _i in chosen],
            "rows": [[row[i] if i < len(row) else "" for _l, i in chosen] for row in rows]}  # fmt: skip


def _check(access: CaseAccess, about: dict[str, Any], path: Path,
           mappings: importing.Mappings) -> list[str]:  # fmt: skip
    if about["kind"] == LIST:
        return importing.check_missing_list(path, mappings)
    importing.plan_remains(case=access.case, path=path, mappings=mappings)
    return []


def _submit(request: HttpRequest, access: CaseAccess, token: str, about: dict[str, Any],
            path: Path, mappings: importing.Mappings) -> Job:  # fmt: skip
    """Hand the checked file to a worker (``missing.jobs``)."""
    event_id = about.get("event")
    if event_id is not None and not _events(request, access).filter(pk=event_id).exists():
        raise Http404
    return submit(case=access.case, kind=jobs.KIND, acting_user=request.user,
                  parameters=jobs.parameters(
                      token=token, file_name=path.name, kind=about["kind"], mappings=mappings,
                      source_title=about.get("source_title") or "",
                      reliability=about.get("reliability") or "F", event_id=event_id))  # fmt: skip


@login_required
def columns(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    access = case_access(request, slug, CHANGE)
    about, path = _upload(access, request.user, token)
    try:
        header, rows = _first_rows(path)
    except ListFileError as error:
        return render_case(request, access, "missing/import.html", {
            "form": UploadForm(), "error": str(error),
            "title": _("Import missing persons or exhumation records")}, status=400)  # fmt: skip
    form = ColumnsForm(request.POST or None, kind=about["kind"], header=header)
    context: dict[str, Any] = {"title": _("Which column holds what"), "form": form,
                               "about": about, "header": header, "rows": rows}  # fmt: skip
    status = 200
    if request.method == "POST" and form.is_valid():
        mappings = form.mappings()
        context["preview"] = _preview(form, header, rows)
        try:
            # Checked here, nothing written: a refused file is named on this page at once.
            context["problems"] = _check(access, about, path, mappings)
            context["checked"] = True
            if request.POST.get("action") == "import" and not context["problems"]:
                job = _submit(request, access, token, about, path, mappings)
                return redirect("case-job", slug=slug, pk=job.pk)
        except (ListFileError, ImportRefused) as error:
            context["problems"] = [str(error)]
        except ValidationError as error:
            context["problems"] = error.messages
        if context["problems"]:
            status = 400
    return render_case(request, access, "missing/import_columns.html", context, status=status)
