"""Commands run their long work as jobs in their own process: same job record, same pages.

``run_here`` makes the job (it shows on the case's jobs page like one a worker ran), runs
it in this process at once, shows its progress on stderr when that is a terminal, and turns
anything but success into a ``CommandError`` with the job's own message.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import CommandError

from rightsledger.cases.models import Case
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit


class ProgressLine:
    """``percent% message`` rewritten in place on stderr (silent when not a terminal)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.shown = False

    def __call__(self, percent: int, message: str) -> None:
        if self.enabled:
            sys.stderr.write(f"\r\033[K{self.label}: {percent}% {message}"[:200])
            sys.stderr.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def run_here(*, case: Case | None, kind: str, parameters: dict[str, Any], acting_user: Any,
             label: str) -> Job:  # fmt: skip
    """Run a job of ``case`` in this process; the job, done, or ``CommandError``.

    ``case`` is None for a job that makes its case (``import-bag``)."""
    line = ProgressLine(label)
    try:
        job = submit(case=case, kind=kind, parameters=parameters, acting_user=acting_user,
                     run_inline=True, echo=line)  # fmt: skip
    finally:
        line.close()
    if job.status != Job.Status.DONE:
        of = f" of {case.slug}" if case is not None else ""
        raise CommandError(f"{label} {job.status} (job {job.pk}{of}): {job.message}")
    return job
