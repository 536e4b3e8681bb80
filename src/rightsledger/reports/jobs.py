"""The "case-file" background job: a case file made off the request, with progress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.records.models import Event

KIND = "case-file"


@job_kind(KIND, permission="analyze")
def case_file_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    from rightsledger.reports.actions import make_report  # the charting stack: only here

    params = job.parameters
    user: Any = job.created_by
    event = None
    if params.get("event"):
        event = Event.objects.get_restricted_or_404(user, "view", case=job.case,
                                                    pk=int(params["event"]))  # fmt: skip
    made = make_report(job.case, user, event=event, fmt=params.get("format", "pdf"),
                       purpose=params.get("purpose", "internal"),
                       recipient=params.get("recipient", ""),
                       language=params.get("language", "en"), progress=report)  # fmt: skip
    return {"report": made.pk, "sha256": made.sha256, "next": ["case-report", made.pk]}
