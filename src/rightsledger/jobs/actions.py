"""Cancelling and retrying jobs: the one write path for both, from the browser and the CLI.

Jobs are operational state, not part of the record, so these write no history entries;
what a job writes to the record goes through the record's own actions.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import enqueue, forget_task, refresh_interrupted


class JobStateError(ValueError):
    """The job is not in a state that allows what was asked."""


def _by(acting_user: Any) -> Any:
    return acting_user if getattr(acting_user, "pk", None) else None


def cancel_job(job: Job, *, acting_user: Any) -> Job:
    """Cancel a waiting job at once; ask a running one to stop (its worker stops it)."""
    job = refresh_interrupted(job)
    user = _by(acting_user)
    name = user.get_username() if user else "?"
    if job.status == Job.Status.QUEUED:
        with transaction.atomic():
            if Job.objects.filter(pk=job.pk, status=Job.Status.QUEUED).update(
                status=Job.Status.CANCELLED, cancelled_by=user, finished_at=timezone.now(),
                message=f"cancelled by {name} before it started",
            ):  # fmt: skip
                forget_task(job.task_id, "cancelled")
    elif job.status == Job.Status.RUNNING:
        Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING).update(
            cancel_requested=True, cancelled_by=user
        )
    else:
        raise JobStateError(f"job {job.pk} is {job.status}: there is nothing to cancel")
    job.refresh_from_db()
    return job


def retry_job(job: Job, *, acting_user: Any) -> Job:
    """Run a failed or cancelled job again, from the start, under the same number."""
    retryable = {Job.Status.FAILED, Job.Status.CANCELLED}
    if job.status not in retryable:
        raise JobStateError(f"job {job.pk} is {job.status}: only a failed or cancelled job "
                            "can be retried")  # fmt: skip
    with transaction.atomic():
        again = Job.objects.filter(pk=job.pk, status__in=retryable).update(
            status=Job.Status.QUEUED, attempts=0, progress=0, result=None, worker="",
            heartbeat_at=None, started_at=None, finished_at=None, cancel_requested=False,
            cancelled_by=None,
            message=f"retried by {acting_user.get_username() if _by(acting_user) else '?'}",
        )  # fmt: skip
        if not again:
            raise JobStateError(f"job {job.pk} changed meanwhile: look again")
        enqueue(job)
    job.refresh_from_db()
    return job
