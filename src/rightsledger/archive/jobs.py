"""The "export-bag" background job: a case written as a BagIt package, with progress.

The command line runs it in its own process through the same job record
(``submit(run_inline=True)``), so every export shows on the case's jobs page, whoever
started it and however.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AnonymousUser

from rightsledger.cases.models import Case
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind

KIND = "export-bag"


@job_kind(KIND, permission="manage")
def export_bag_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    from rightsledger.archive.bag import export_bag

    params = job.parameters
    # Exporting the whole record is managing the case: checked again when the job runs, for
    # a job queued while its creator still could.
    user: Any = job.created_by or AnonymousUser()  # an account removed meanwhile may not
    case = Case.objects.get_restricted_or_404(user, "manage", pk=job.case_id)
    steps = iter(range(5, 95))
    result = export_bag(
        case, Path(params["out_dir"]), acting_user=job.created_by,
        purpose=params.get("purpose", "internal"), recipient=params.get("recipient", ""),
        require_consent=bool(params.get("require_consent")),
        progress=lambda message: report(next(steps, 95), message[:200]),
    )  # fmt: skip
    summary = (f"wrote {result.path}: {result.files} files, {result.rows} records, "
               f"{result.history_entries} history entries")  # fmt: skip
    return {"path": str(result.path), "files": result.files, "rows": result.rows,
            "history_entries": result.history_entries, "summary": summary}  # fmt: skip
