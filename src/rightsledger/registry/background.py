"""Registry work that runs as background jobs from the browser: importing a list, linking."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.records.models import Source
from rightsledger.registry.importing import ColumnMapping, ImportRefused, import_list
from rightsledger.registry.linking import run_linkage


def upload_dir() -> Path:
    return Path(settings.HOME) / "uploads"


@job_kind("import-list")
def import_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    params = job.parameters
    folder = upload_dir() / params["token"]
    path = folder / params["file_name"]
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
            progress=lambda rows: report(min(95, 5 + rows // 2000), f"{rows:,} rows"),
        )  # fmt: skip
    except ImportRefused as refused:
        raise ValueError(f"{refused}\n{refused.report.summary()}") from refused  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"list_import": result.list_import_id, "imported": result.imported,
            "summary": result.summary()}  # fmt: skip


@job_kind("link")
def link_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    report(5, "linking records")
    outcome = run_linkage(case=job.case, acting_user=job.created_by)
    return {"run": outcome.run.pk, "summary": outcome.summary()}
