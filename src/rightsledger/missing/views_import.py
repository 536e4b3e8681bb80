"""Importing a list of missing persons or exhumation records in the browser: upload the
file, say which column holds what, preview (every row checked, nothing written), import.

A refused file names its row and column and leaves the record as it was (the import is
one transaction: ``missing.importing``).  The upload waits in the data directory's
uploads folder under a random token, for the user and case that sent it only.
"""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from rightsledger.missing import importing
from rightsledger.missing.forms_import import LIST, ColumnsForm, UploadForm
from rightsledger.records import models as rm
from rightsledger.registry.background import stage_upload, upload_dir
from rightsledger.registry.importing import ImportRefused, ListFileError
from rightsledger.registry.importing.reading import detect_format, iter_rows
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


def _import(request: HttpRequest, access: CaseAccess, about: dict[str, Any], path: Path,
            mappings: importing.Mappings) -> str:  # fmt: skip
    if about["kind"] != LIST:
        done = importing.import_remains(case=access.case, path=path, acting_user=request.user,
                                        mapping=mappings)  # fmt: skip
        return _("%(count)s remains cases imported.") % {"count": done.remains}
    event = None
    if about.get("event") is not None:
        event = _events(request, access).filter(pk=about["event"]).first()
        if event is None:
            raise Http404
    done = importing.import_missing_list(
        case=access.case, path=path, source=about["source_title"], acting_user=request.user,
        mapping=mappings, event=event, reliability=about["reliability"],
    )  # fmt: skip
    rows = done.report.imported if done.report else 0
    said = _("%(rows)s rows imported; %(files)s missing persons' files opened.") % {
        "rows": rows, "files": done.files}  # fmt: skip
    if done.skipped:
        said += " " + _("Not opened: %(reasons)s") % {"reasons": "; ".join(done.skipped[:10])}
    return said


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
            if request.POST.get("action") == "import":
                said = _import(request, access, about, path, mappings)
                messages.success(request, said)
                return redirect("missing-home", slug=slug)
            context["problems"] = _check(access, about, path, mappings)
            context["checked"] = True
        except (ListFileError, ImportRefused) as error:
            context["problems"] = [str(error)]
        except ValidationError as error:
            context["problems"] = error.messages
        if context["problems"]:
            status = 400
    return render_case(request, access, "missing/import_columns.html", context, status=status)
