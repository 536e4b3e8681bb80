"""Importing a tracing list or exhumation records as a job of the queue.

The browser's import page checks the file in its request (nothing written) and hands the
import itself to a worker: a list of thousands of rows takes longer than a request should.
The import is all or nothing (``missing.importing``); a refused file fails the job with the
row and column named, and leaves the record as it was.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Callable
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.missing import importing
from rightsledger.missing.forms_import import LIST
from rightsledger.records import models as rm
from rightsledger.registry import tallies
from rightsledger.registry.importing import ImportRefused, ListFileError
from rightsledger.staging import upload_dir

KIND = "import-missing"


def parameters(*, token: str, file_name: str, kind: str, mappings: importing.Mappings,
               source_title: str, reliability: str, event_id: int | None) -> dict[str, Any]:  # fmt: skip
    """What the job needs, as JSON: the staged upload and the choices made on the pages."""
    return {"token": token, "file_name": file_name, "kind": kind,
            "mappings": dataclasses.asdict(mappings), "source_title": source_title,
            "reliability": reliability, "event_id": event_id,
            "language": translation.get_language()}  # fmt: skip


@job_kind(KIND)
def import_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    params = job.parameters
    folder = upload_dir() / params["token"]
    path = folder / params["file_name"]
    os.utime(folder)  # in use: not an abandoned upload (see rightsledger.staging)
    mappings = importing.Mappings(**params["mappings"])
    report(5, "importing")
    try:
        with translation.override(params.get("language")):
            summary = _import(job, params, path, mappings)
    except (ListFileError, ImportRefused) as refused:
        raise ValueError(str(refused)) from refused
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(97, "counting the figures")
    tallies.current(job.case)  # counted here, so the next page need not
    return {"summary": summary}


def _import(job: Job, params: dict[str, Any], path: Any, mappings: importing.Mappings) -> str:
    if params["kind"] != LIST:
        done = importing.import_remains(case=job.case, path=path, acting_user=job.created_by,
                                        mapping=mappings)  # fmt: skip
        return _("%(count)s remains cases imported.") % {"count": done.remains}
    event = None
    if params.get("event_id") is not None:
        event = rm.Event.objects.filter(case=job.case, pk=params["event_id"]).first()
        if event is None:
            raise ListFileError("the event chosen for the list no longer exists")
    done = importing.import_missing_list(
        case=job.case, path=path, source=params["source_title"], acting_user=job.created_by,
        mapping=mappings, event=event, reliability=params["reliability"],
    )  # fmt: skip
    rows = done.report.imported if done.report else 0
    said = _("%(rows)s rows imported; %(files)s missing persons' files opened.") % {
        "rows": rows, "files": done.files}  # fmt: skip
    if done.skipped:
        said += " " + _("Not opened: %(reasons)s") % {"reasons": "; ".join(done.skipped[:10])}
    return said
