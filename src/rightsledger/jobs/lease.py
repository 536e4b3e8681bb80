"""Leases: how a running job is told from one whose worker is gone, on any host.

A process that runs jobs has a name (host, process id and a random part). While it runs a
job, a heartbeat thread renews the job's lease (``Job.worker``, ``Job.heartbeat_at``) every
few seconds and carries the job's progress and any cancel request. A job whose lease is
older than ``JOB_LEASE_SECONDS`` is taken back (``take_back``): queued again while attempts
remain, else failed — never left "running". Every change of a job's state is a conditional
update of its row, so two processes never both win it.

On SQLite one write transaction locks the whole database: a long import holds it for
minutes and the heartbeat waits behind it. SQLite serves one machine only, so there a
stale lease is confirmed by the worker's lock file (``HOME/workers/NAME.lock``, held with
``flock`` for the process's life and released by the kernel when it dies) before the job is
taken back.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, connections, transaction
from django.utils import timezone

from rightsledger.jobs.locks import ProcessLock, lock_held, new_name
from rightsledger.jobs.models import Job, Worker

logger = logging.getLogger(__name__)

# After a cancel request, how long a job may take to stop by itself before its process ends.
CANCEL_GRACE_SECONDS = 10
# The exit status of a worker process that ended itself to stop a job (its supervisor starts
# a new one at once).
EXIT_STOPPED_A_JOB = 75


# BaseException, like KeyboardInterrupt: a job's own ``except Exception`` must not swallow them.
class JobCancelled(BaseException):
    """Raised in a job that someone cancelled (at its next progress report, or at once)."""


class LeaseLost(BaseException):
    """Raised in a job whose lease was taken back: another worker may be running it now."""


class WorkerStopping(BaseException):
    """Raised in a job when its worker is asked to stop: the job goes back to the queue."""


def lease_seconds() -> float:
    return float(settings.JOB_LEASE_SECONDS)


def beat_seconds() -> float:
    """How often a running job's lease is renewed: several times within one lease."""
    return max(0.2, min(2.0, lease_seconds() / 4))


def on_sqlite() -> bool:
    return connection.vendor == "sqlite"


class Runner:
    """This process as a runner of jobs: its name, its lock file, and how a job is stopped.

    In a worker process (``hard_stop``) a job that must stop (cancelled, lease lost, worker
    stopping) is interrupted in the main thread by a signal, and the process ends itself if
    the job does not stop within ``CANCEL_GRACE_SECONDS``. Elsewhere (a job run inline by a
    command or a test) a job stops at its next progress report.
    """

    def __init__(self, *, hard_stop: bool, name: str | None = None) -> None:
        self.name = name or new_name()
        self.hard_stop = hard_stop
        self.lock = ProcessLock(self.name)
        self.pending: type[BaseException] | None = None
        self.running_job = False

    def install_interrupt(self) -> None:
        """In the main thread of a worker process: SIGUSR1 raises the pending interruption."""
        signal.signal(signal.SIGUSR1, self._raise_pending)

    def _raise_pending(self, signum: int, frame: FrameType | None) -> None:
        pending, self.pending = self.pending, None
        if pending is not None and self.running_job:
            raise pending()

    def interrupt(self, exception: type[BaseException]) -> None:
        self.pending = exception
        if self.hard_stop:
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGUSR1)


_inline_runner: Runner | None = None
_runner_lock = threading.Lock()
_current: Runner | None = None


def set_current(runner: Runner) -> None:
    global _current
    _current = runner


def current() -> Runner:
    """The runner of this process: a worker process's, else one made for inline runs."""
    global _inline_runner
    if _current is not None:
        return _current
    with _runner_lock:
        if _inline_runner is None:
            _inline_runner = Runner(hard_stop=False)
        return _inline_runner


class Lease:
    """A running job's lease, renewed by a heartbeat thread; ``report`` is the job's progress.

    Progress is written through the heartbeat thread's own connection, so a page sees it
    even while the job is inside a long transaction (on PostgreSQL; on SQLite that
    transaction holds the only write lock and progress shows when it ends).
    """

    def __init__(self, job: Job, runner: Runner,
                 echo: Callable[[int, str], None] | None = None) -> None:  # fmt: skip
        self.job_id = job.pk
        self.runner = runner
        self.echo = echo  # also told each report (a command running the job in its process)
        self.progress, self.message = 0, ""
        self._changed = False
        self._stop = threading.Event()
        self.cancelled = threading.Event()
        self.lost = threading.Event()
        self._cancel_seen_at: float | None = None
        self._deadline: threading.Timer | None = None
        self._thread = threading.Thread(target=self._beat, name=f"rightsledger-lease-{job.pk}",
                                        daemon=True)  # fmt: skip

    def __enter__(self) -> Lease:
        self.runner.running_job = True
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.runner.running_job = False
        self.runner.pending = None
        self._stop.set()
        self._thread.join(timeout=30)
        if self._deadline is not None:
            self._deadline.cancel()

    def report(self, progress: int, message: str) -> None:
        """The job's progress (0–100) and what it is doing; raises if it must stop."""
        self.progress, self.message = max(0, min(int(progress), 100)), message[:500]
        self._changed = True
        if self.echo is not None:
            self.echo(self.progress, self.message)
        if self.cancelled.is_set():
            raise JobCancelled()
        if self.lost.is_set():
            raise LeaseLost()

    def _beat(self) -> None:
        last_ok = time.monotonic()
        try:
            while not self._stop.wait(beat_seconds()):
                try:
                    self._renew()
                    last_ok = time.monotonic()
                except DatabaseError as error:
                    # On SQLite the job's own transaction may hold the write lock: wait.
                    logger.debug("lease of job %s not renewed: %s", self.job_id, error)
                    silent = time.monotonic() - last_ok
                    if not on_sqlite() and silent > lease_seconds() * 0.8:
                        # Cut off from the database: another worker may take the job soon.
                        self._stop_job(LeaseLost, "the database could not be reached")
                self._enforce_cancel()
        finally:
            connections.close_all()  # this thread's own connection

    def _renew(self) -> None:
        fields: dict[str, Any] = {"heartbeat_at": timezone.now()}
        if self._changed:
            fields.update(progress=self.progress, message=self.message)
            self._changed = False
        renewed = Job.objects.filter(pk=self.job_id, status=Job.Status.RUNNING,
                                     worker=self.runner.name).update(**fields)  # fmt: skip
        if not renewed:
            if self.runner.hard_stop:
                self._stop_job(LeaseLost, "the job was taken back from this worker")
            return
        wanted = Job.objects.filter(pk=self.job_id, cancel_requested=True).exists()
        if wanted and not self.cancelled.is_set():
            self.cancelled.set()
            self._cancel_seen_at = time.monotonic()
            self.runner.interrupt(JobCancelled)

    def _enforce_cancel(self) -> None:
        if self._cancel_seen_at is None or not self.runner.hard_stop:
            return
        if time.monotonic() - self._cancel_seen_at > CANCEL_GRACE_SECONDS:
            finish_cancelled(self.job_id, self.runner.name, stopped=True)
            logger.warning("job %s did not stop when cancelled: ending its process", self.job_id)
            os._exit(EXIT_STOPPED_A_JOB)

    def _stop_job(self, exception: type[BaseException], why: str) -> None:
        if self.lost.is_set():
            return
        self.lost.set()
        logger.warning("job %s: %s; stopping it", self.job_id, why)
        self.runner.interrupt(exception)
        if self.runner.hard_stop:
            # Whatever the job does next must not be written: end the process if it lingers.
            self._deadline = threading.Timer(CANCEL_GRACE_SECONDS, os._exit,
                                             args=(EXIT_STOPPED_A_JOB,))  # fmt: skip
            self._deadline.daemon = True
            self._deadline.start()


def finish_cancelled(job_id: int, worker: str, *, stopped: bool = False) -> int:
    from rightsledger.jobs.runner import forget_task

    how = "its process was ended" if stopped else "it stopped"
    task_id = Job.objects.filter(pk=job_id).values_list("task_id", flat=True).first() or ""
    done = Job.objects.filter(pk=job_id, status=Job.Status.RUNNING, worker=worker).update(
        status=Job.Status.CANCELLED, finished_at=timezone.now(), worker="",
        message=f"cancelled while running ({how})",
    )  # fmt: skip
    if done and stopped:
        forget_task(task_id, "cancelled")
    return done


def runner_gone(job: Job, now: dt.datetime | None = None) -> bool:
    """Whether the lease of a running ``job`` has run out and its runner is gone."""
    now = now or timezone.now()
    if job.heartbeat_at and now - job.heartbeat_at < dt.timedelta(seconds=lease_seconds()):
        return False
    return not (on_sqlite() and job.worker and lock_held(job.worker))


def take_back(job: Job, now: dt.datetime | None = None) -> bool:
    """Queue a job whose runner is gone again while attempts remain, else fail it.

    Conditional on the lease being the one read: a heartbeat in between wins.
    """
    from rightsledger.jobs.runner import enqueue, forget_task

    now = now or timezone.now()
    seen = (f"{job.heartbeat_at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"
            if job.heartbeat_at else "never")  # fmt: skip
    why = f"the worker {job.worker or '?'} stopped (last heard from {seen})"
    same_lease = Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING, worker=job.worker,
                                    heartbeat_at=job.heartbeat_at)  # fmt: skip
    old_task = job.task_id
    with transaction.atomic():
        if job.cancel_requested:
            won = same_lease.update(status=Job.Status.CANCELLED, finished_at=now, worker="",
                                    message=f"cancelled; {why}")  # fmt: skip
        elif job.attempts < settings.JOB_ATTEMPTS:
            won = same_lease.update(
                status=Job.Status.QUEUED, worker="", heartbeat_at=None,
                message=f"{why}; queued again (attempt {job.attempts + 1} of "
                        f"{settings.JOB_ATTEMPTS})",
            )  # fmt: skip
            if won:
                enqueue(job)
        else:
            won = same_lease.update(status=Job.Status.FAILED, finished_at=now, worker="",
                                    message=f"interrupted: {why}")  # fmt: skip
        if won:
            forget_task(old_task, f"taken back: {why}")
    if won:
        logger.warning("job %s taken back: %s", job.pk, why)
    return bool(won)


def reap(now: dt.datetime | None = None) -> list[int]:
    """Take back every running job whose runner is gone; give every waiting job a queue entry.

    Run by each worker every few seconds and by a job's page when it looks at a job.
    """
    from rightsledger.jobs.runner import close_stale_entries, requeue_orphan

    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=lease_seconds())
    taken: list[int] = []
    stale = Job.objects.filter(status=Job.Status.RUNNING).exclude(heartbeat_at__gte=cutoff)
    for job in stale.order_by("pk"):
        if runner_gone(job, now) and take_back(job, now):
            taken.append(job.pk)
    # A queued job whose queue entry was claimed by a process that died before starting it
    # (or whose entry is gone) would wait forever.
    for job in Job.objects.filter(status=Job.Status.QUEUED, created_at__lt=cutoff).order_by("pk"):
        requeue_orphan(job, cutoff)
    close_stale_entries(cutoff)
    forget_stopped_workers(now)
    return taken


def forget_stopped_workers(now: dt.datetime) -> None:
    """Remove the rows of workers not heard from for ten leases (killed, not stopped)."""
    gone_before = now - dt.timedelta(seconds=10 * lease_seconds())
    for worker in Worker.objects.filter(seen_at__lt=gone_before):
        if not (on_sqlite() and lock_held(worker.name)):
            Worker.objects.filter(pk=worker.pk, seen_at=worker.seen_at).delete()


def workers_alive(now: dt.datetime | None = None) -> bool:
    """Whether any ``rightsledger worker`` is running for this database."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(seconds=lease_seconds())
    if Worker.objects.filter(seen_at__gte=cutoff).exists():
        return True
    return on_sqlite() and any(lock_held(w) for w in Worker.objects.values_list("name", flat=True))
