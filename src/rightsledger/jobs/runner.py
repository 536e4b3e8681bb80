"""Run jobs in a background thread of the serving process.

The embedded default needs no broker or worker process: a job is a row plus a thread. The
row is the truth — status, progress, message, result — so any process can show it. A job whose
process died mid-way is reported as interrupted the next time anyone looks.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from django.db import close_old_connections, connections

from rightsledger.cases.models import Case
from rightsledger.jobs.models import Job

logger = logging.getLogger(__name__)
JobFunction = Callable[[Job, Callable[[int, str], None]], dict[str, Any]]
_REGISTRY: dict[str, JobFunction] = {}
# One worker: analyses are CPU-bound and the machine may have two cores serving requests.
_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rightsledger-job")


def job_kind(name: str) -> Callable[[JobFunction], JobFunction]:
    """Register ``function(job, report) -> result`` as the job kind ``name``."""

    def register(function: JobFunction) -> JobFunction:
        _REGISTRY[name] = function
        return function

    return register


def submit(*, case: Case, kind: str, parameters: dict[str, Any], acting_user: Any,
           run_inline: bool = False) -> Job:  # fmt: skip
    """Queue a job; ``run_inline`` runs it now in this thread (CLI, tests)."""
    if kind not in _REGISTRY:
        raise ValueError(f"unknown job kind {kind!r}")
    # Jobs are operational state, not part of the record: what a job produces for the record
    # (a stored estimate) is written by its function through the actions, with history.
    job = Job.objects.create(
        case=case, kind=kind, parameters=parameters, runner_pid=os.getpid(),
        created_by=acting_user if getattr(acting_user, "pk", None) else None,
    )  # fmt: skip
    if run_inline:
        _run(job.pk, own_thread=False)
    else:
        future: Future[None] = _EXECUTOR.submit(_run, job.pk, own_thread=True)
        future.add_done_callback(_log_crash)
    return job


def _log_crash(future: Future[None]) -> None:
    # _run records failures of the job itself; this catches failures of _run (database gone).
    if future.exception() is not None:
        logger.error("job runner crashed: %s", future.exception())


def _run(job_id: int, *, own_thread: bool) -> None:
    # In its own thread the job manages its own connection; inline, the caller's is left be.
    if own_thread:
        close_old_connections()
    try:
        job = Job.objects.get(pk=job_id)
        job.status, job.runner_pid = Job.Status.RUNNING, os.getpid()
        job.save(update_fields=["status", "runner_pid"])

        def report(progress: int, message: str) -> None:
            Job.objects.filter(pk=job_id).update(progress=max(0, min(progress, 100)),
                                                 message=message[:500])  # fmt: skip

        try:
            result = _REGISTRY[job.kind](job, report)
        except Exception as exc:  # a failed analysis is a result to show, not a crash
            logger.warning("job %s failed: %s", job_id, traceback.format_exc())
            Job.objects.filter(pk=job_id).update(
                status=Job.Status.FAILED, message=str(exc)[:500],
                finished_at=dt.datetime.now(tz=dt.UTC),
            )  # fmt: skip
            return
        Job.objects.filter(pk=job_id).update(
            status=Job.Status.DONE, progress=100, result=result,
            finished_at=dt.datetime.now(tz=dt.UTC),
        )  # fmt: skip
    finally:
        if own_thread:
            # Closed, not kept for CONN_MAX_AGE: jobs are rare, and an idle connection held by
            # this long-lived thread would keep the database busy (a test database undroppable).
            connections.close_all()


def refresh_interrupted(job: Job) -> Job:
    """Mark a job whose process is gone as failed, so it never shows "running" forever."""
    if job.status in {Job.Status.RUNNING, Job.Status.QUEUED} and job.runner_pid:
        try:
            os.kill(job.runner_pid, 0)
        except ProcessLookupError:
            Job.objects.filter(pk=job.pk, status=job.status).update(
                status=Job.Status.FAILED, message="interrupted: the process running it stopped"
            )
            job.refresh_from_db()
        except PermissionError:
            pass
    return job
