"""Registry work that runs as background jobs from the browser: importing a list, linking.

Imported when such a job is first submitted or run (``jobs.runner.declare_kinds``); the
linkage stack only when a linkage runs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from typing import Any

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.records.models import Event, Source
from rightsledger.records.vocabulary import Reliability
from rightsledger.registry import tallies
from rightsledger.registry.importing import ColumnMapping, ImportRefused, import_list
from rightsledger.staging import upload_dir


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
    from rightsledger.registry.linking import linkage_config, run_linkage  # the analysis stack

    report(5, "linking records")
    # The engine as the command line chose it (the browser's jobs take the settings').
    config = linkage_config(backend=job.parameters.get("backend"),
                            spark_master=job.parameters.get("spark_master"))  # fmt: skip
    outcome = run_linkage(case=job.case, acting_user=job.created_by, config=config)
    report(97, "counting the figures")
    tallies.current(job.case)  # counted here, so the next page need not
    return {"run": outcome.run.pk, "summary": outcome.summary()}
