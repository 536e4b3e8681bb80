"""Background jobs: one queue in the database, run by ``rightsledger worker`` processes.

A job is a ``Job`` row (what its pages show: status, progress, message, result) and a queue
entry of django-tasks' database backend (``DBTaskResult``, same database, same transaction).
A worker claims an entry (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, an exclusive
transaction on SQLite), then claims the job itself with a conditional update naming that
entry: of two workers, or of a stale entry and a fresh one, only one ever starts a job.
While the job runs, its lease is renewed (``rightsledger.jobs.lease``); a job whose worker
died is taken back by the next worker that looks (or by its page), never left "running".

Callers only ``submit``: the queue, the lease and the worker are this package's business.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Callable
from importlib import import_module
from typing import Any

from django.db import DatabaseError, connections, transaction
from django.db.models import F
from django.utils import timezone

# Django's task API (built into Django 6.0; on 5.2 from its backport, django-tasks).
from django_tasks import TaskContext, task

from rightsledger.cases.models import Case
from rightsledger.errors import InputError
from rightsledger.jobs.lease import (
    JobCancelled,
    Lease,
    LeaseLost,
    Runner,
    WorkerStopping,
    current,
    runner_gone,
    take_back,
)
from rightsledger.jobs.models import Job

__all__ = ["JobCancelled", "declare_kinds", "job_kind", "refresh_interrupted", "submit"]

logger = logging.getLogger(__name__)
JobFunction = Callable[[Job, Callable[[int, str], None]], dict[str, Any]]
_REGISTRY: dict[str, JobFunction] = {}
_PERMISSION: dict[str, str] = {}
_DECLARED: dict[str, str] = {}


def job_kind(name: str, *, permission: str = "change") -> Callable[[JobFunction], JobFunction]:
    """Register ``function(job, report) -> result`` as the job kind ``name``.

    ``report(percent, message)`` shows progress on the job's page and raises
    ``JobCancelled`` in a job someone cancelled. ``permission`` is what a member of the case
    needs to cancel or retry such a job.
    """

    def register(function: JobFunction) -> JobFunction:
        _REGISTRY[name] = function
        _PERMISSION[name] = permission
        return function

    return register


def declare_kinds(module: str, *names: str) -> None:
    """Say that importing ``module`` registers the kinds ``names``.

    The module is imported when such a job is first submitted or run, not when Django
    starts: a command that runs no job does not load the analysis stack.
    """
    for name in names:
        _DECLARED[name] = module


def _function(kind: str) -> JobFunction:
    if kind not in _REGISTRY and kind in _DECLARED:
        import_module(_DECLARED[kind])
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown job kind {kind!r}") from None


def permission_for(kind: str) -> str:
    """The case permission needed to cancel or retry a job of ``kind``."""
    try:
        _function(kind)
    except ValueError:
        return "change"
    return _PERMISSION[kind]


def submit(*, case: Case | None, kind: str, parameters: dict[str, Any], acting_user: Any,
           run_inline: bool = False, echo: Callable[[int, str], None] | None = None) -> Job:  # fmt: skip
    """Queue a job for a worker; ``run_inline`` runs it now in this thread (commands, tests),
    telling ``echo`` each progress report too (a command's progress line).

    ``case`` is None only for a job that makes its case (``import-bag``): it belongs to no
    case until it has made one, and only the account that started it sees it meanwhile."""
    _function(kind)  # an unknown kind is refused before anything is written
    # Jobs are operational state, not part of the record: what a job produces for the record
    # (a stored estimate) is written by its function through the actions, with history.
    with transaction.atomic():
        job = Job.objects.create(
            case=case, kind=kind, parameters=parameters,
            created_by=acting_user if getattr(acting_user, "pk", None) else None,
        )  # fmt: skip
        if not run_inline:
            enqueue(job)
    if run_inline:
        execute(job.pk, task_id="", runner=current(), echo=echo)
        job.refresh_from_db()
    return job


def enqueue(job: Job) -> None:
    """Give ``job`` a new queue entry; only that entry may start it from now on."""
    entry = run_job.enqueue(job.pk)
    job.task_id = str(entry.id)
    Job.objects.filter(pk=job.pk).update(task_id=job.task_id)


def forget_task(task_id: str, why: str) -> None:
    """Close a queue entry that will never run or finish (its job was cancelled or taken back)."""
    if not task_id:
        return
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(id=task_id).exclude(status__in=["SUCCESSFUL", "FAILED"]).update(
        status="FAILED", finished_at=timezone.now(), traceback=why,
        exception_class_path="rightsledger.jobs.lease.LeaseLost",
    )  # fmt: skip


def requeue_orphan(job: Job, cutoff: Any) -> None:
    """Give a queued job a new entry if its entry can no longer start it."""
    from django_tasks_db.models import DBTaskResult

    entry = DBTaskResult.objects.filter(id=job.task_id).first() if job.task_id else None
    if entry is not None and (
        entry.status == "READY" or (entry.status == "RUNNING" and entry.started_at
                                    and entry.started_at >= cutoff)
    ):  # fmt: skip
        return
    with transaction.atomic():
        if Job.objects.filter(pk=job.pk, status=Job.Status.QUEUED, task_id=job.task_id).exists():
            enqueue(job)
            logger.warning("job %s had no queue entry that could start it: queued again", job.pk)
    if entry is not None:
        forget_task(str(entry.id), "its job was given a new queue entry")


def close_stale_entries(cutoff: Any) -> None:
    """Close queue entries left "running" by a process that died after its job ended."""
    from django_tasks_db.models import DBTaskResult

    active = Job.objects.filter(status__in=[Job.Status.RUNNING, Job.Status.QUEUED])
    # A list, not a subquery: the entry's id is a UUID column, the job's a text one.
    in_use = [uuid.UUID(t) for t in active.exclude(task_id="").values_list("task_id", flat=True)]
    DBTaskResult.objects.filter(status="RUNNING", started_at__lt=cutoff).exclude(
        id__in=in_use
    ).update(status="FAILED", finished_at=timezone.now(), traceback="its process stopped",
             exception_class_path="rightsledger.jobs.lease.LeaseLost")  # fmt: skip


@task(takes_context=True)
def run_job(context: TaskContext, job_id: int) -> str:
    """The one task on the queue: run the job ``job_id`` if this entry is still its own."""
    outcome = execute(job_id, task_id=str(context.task_result.id), runner=current())
    logger.info("job %s: %s", job_id, outcome)
    return outcome


def execute(job_id: int, *, task_id: str, runner: Runner,
            echo: Callable[[int, str], None] | None = None) -> str:  # fmt: skip
    """Claim and run a job; every outcome is written only while this runner holds its lease."""
    now = timezone.now()
    claimed = Job.objects.filter(
        pk=job_id, status=Job.Status.QUEUED, task_id=task_id, cancel_requested=False
    ).update(status=Job.Status.RUNNING, worker=runner.name, heartbeat_at=now, started_at=now,
             finished_at=None, attempts=F("attempts") + 1, progress=0)  # fmt: skip
    if not claimed:
        return "not started: cancelled, started elsewhere or queued again"
    job = Job.objects.select_related("case", "created_by").get(pk=job_id)
    logger.info("job %s (%s) started by %s, attempt %s", job_id, job.kind, runner.name,
                job.attempts)  # fmt: skip
    mine = Job.objects.filter(pk=job_id, status=Job.Status.RUNNING, worker=runner.name)
    try:
        with Lease(job, runner, echo) as lease:
            try:
                result = _function(job.kind)(job, lease.report)
                outcome: dict[str, Any] = {"status": Job.Status.DONE, "progress": 100,
                                           "result": result, "message": lease.message}  # fmt: skip
            except JobCancelled:
                outcome = {"status": Job.Status.CANCELLED,
                           "message": "cancelled while running (it stopped)"}  # fmt: skip
            except WorkerStopping:
                outcome = {}
            except LeaseLost:
                return "taken back"
            except Exception as exc:  # a failed analysis is a result to show, not a crash
                if isinstance(exc, InputError):  # the message says it all; the job keeps it
                    logger.info("job %s failed: %s", job_id, exc)
                else:
                    logger.warning("job %s failed: %s", job_id, traceback.format_exc())
                outcome = {"status": Job.Status.FAILED,
                           "message": str(exc)[:500] or type(exc).__name__}  # fmt: skip
        # The lease's heartbeat has stopped: the outcome is written while the row still
        # names this runner, or not at all (the job was taken back meanwhile).
        if not outcome:
            _give_back(job, mine)
            return "given back: the worker stopped"
        try:
            _write(mine, finished_at=timezone.now(), **outcome)
        except (TypeError, ValueError) as exc:  # a result that cannot be stored
            _write(mine, status=Job.Status.FAILED, finished_at=timezone.now(),
                   message=f"the result could not be stored: {exc}"[:500])  # fmt: skip
            return "failed"
        return str(outcome["status"])
    finally:
        _sweep_staging()


def _write(mine: Any, **fields: Any) -> int:
    # The job may have been interrupted in the middle of a query: a broken connection is
    # replaced once before the outcome is written.
    try:
        return int(mine.update(**fields))
    except DatabaseError:
        if connections["default"].in_atomic_block:
            raise
        connections["default"].close()
        return int(mine.update(**fields))


def _give_back(job: Job, mine: Any) -> None:
    """A job interrupted because its worker stops is queued again, its attempt not counted."""
    with transaction.atomic():
        if _write(mine, status=Job.Status.QUEUED, worker="", heartbeat_at=None,
                  attempts=F("attempts") - 1, message="queued again: its worker stopped"):  # fmt: skip
            enqueue(job)


def _sweep_staging() -> None:
    # Workers are the installation's housekeepers: uploads left behind are removed by age.
    from rightsledger.staging import sweep_now_and_then

    try:
        sweep_now_and_then()
    except Exception:
        logger.exception("removing old staged uploads failed")


def refresh_interrupted(job: Job) -> Job:
    """The job as it stands; one whose worker is gone is taken back first (never "running")."""
    if job.status == Job.Status.RUNNING and runner_gone(job) and take_back(job):
        job.refresh_from_db()
    return job
