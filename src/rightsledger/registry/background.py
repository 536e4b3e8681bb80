"""Registry work that runs as background jobs from the browser: importing a list, linking."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.text import get_valid_filename

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.records.models import Event, Source
from rightsledger.records.vocabulary import Reliability
from rightsledger.registry import tallies
from rightsledger.registry.importing import ColumnMapping, ImportRefused, import_list
from rightsledger.registry.linking import linkage_config, run_linkage


def upload_dir() -> Path:
    return Path(settings.HOME) / "uploads"


def stage_upload(uploaded: Any, default_name: str) -> tuple[str, Path, str]:
    """Write a browser upload into a fresh folder of the uploads area, where it waits for
    its preview and confirmation: the folder's token, the folder and the file's safe name."""
    token = uuid.uuid4().hex
    folder = upload_dir() / token
    folder.mkdir(parents=True)
    name = get_valid_filename(Path(uploaded.name).name) or default_name
    with (folder / name).open("wb") as out:
        for chunk in uploaded.chunks():
            out.write(chunk)
    return token, folder, name


@job_kind("import-list")
def import_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    params = job.parameters
    folder = upload_dir() / params["token"]
    path = folder / params["file_name"]
    os.utime(folder)  # in use: not an abandoned upload (see rightsledger.staging)
    source = (
        Source.objects.filter(case=job.case, pk=params["source_id"]).first()
        if params.get("source_id")
        else params["source_title"]
    )
    mapping = ColumnMapping(columns=params.get("columns", {}),
                            status_values=params.get("status_values", {}))  # fmt: skip
    try:
        result = import_list(
            case=job.case, source=source or params["source_title"], path=path,
            acting_user=job.created_by, mapping=mapping,
            skip_invalid=bool(params.get("skip_invalid")),
            reliability=params.get("reliability") or Reliability.F,
            event=Event.objects.filter(case=job.case, pk=params["event_id"]).first()
            if params.get("event_id") else None,
            progress=lambda rows: report(min(95, 5 + rows // 2000), f"{rows:,} rows"),
        )  # fmt: skip
    except ImportRefused as refused:
        raise ValueError(f"{refused}\n{refused.report.summary()}") from refused  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(97, "counting the figures")
    tallies.current(job.case)  # counted here, so the next page need not
    return {"list_import": result.list_import_id, "imported": result.imported,
            "summary": result.summary()}  # fmt: skip


@job_kind("link")
def link_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    report(5, "linking records")
    # The engine as the command line chose it (the browser's jobs take the settings').
    config = linkage_config(backend=job.parameters.get("backend"),
                            spark_master=job.parameters.get("spark_master"))  # fmt: skip
    outcome = run_linkage(case=job.case, acting_user=job.created_by, config=config)
    report(97, "counting the figures")
    tallies.current(job.case)  # counted here, so the next page need not
    return {"run": outcome.run.pk, "summary": outcome.summary()}
