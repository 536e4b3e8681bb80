"""``rightsledger worker``: processes that run the queue's jobs, and the one that minds them.

The supervising process starts ``concurrency`` job processes and restarts any that ends. It
does the housekeeping: its ``Worker`` row says it is alive, every few seconds it takes back
the jobs of workers that died (``lease.reap``, on any host) and queues the scheduled jobs
that are due (``schedule.run_due``: the rolling verification), and hourly it removes staged
uploads left behind. SIGTERM or SIGINT stops it: each job process interrupts its job, which
is queued again (its attempt not counted), and exits.

A job process runs django-tasks-db's own worker loop (one job at a time: analyses are
CPU-bound) with the lease and the interruptions of ``rightsledger.jobs.lease``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from io import TextIOBase
from types import FrameType
from typing import Any

from django.db import DatabaseError, close_old_connections
from django.utils import timezone

from rightsledger.jobs.lease import (
    EXIT_STOPPED_A_JOB,
    Runner,
    WorkerStopping,
    lease_seconds,
    reap,
    set_current,
)
from rightsledger.jobs.locks import ProcessLock, new_name
from rightsledger.jobs.models import Worker

logger = logging.getLogger("rightsledger.jobs")

STOP_GRACE_SECONDS = 20  # how long job processes may take to give their jobs back
RESTART_DELAY_MAX_SECONDS = 30


def job_process_command(interval: float) -> list[str]:
    return [sys.executable, "-m", "rightsledger.cli", "worker", "--job-process",
            "--interval", str(interval)]  # fmt: skip


class Supervisor:
    def __init__(self, *, concurrency: int, interval: float, stop_with: int | None,
                 out: TextIOBase) -> None:  # fmt: skip
        self.concurrency = concurrency
        self.interval = interval
        self.stop_with = stop_with
        self.out = out
        self.name = new_name()
        self.stopping = threading.Event()
        self.children: list[subprocess.Popen[bytes] | None] = [None] * concurrency
        self.started_at = [0.0] * concurrency
        self.failures = [0] * concurrency
        self.not_before = [0.0] * concurrency

    def say(self, text: str) -> None:
        self.out.write(f"worker {self.name}: {text}\n")
        self.out.flush()

    def _stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def run(self) -> None:
        lock = ProcessLock(self.name)  # on SQLite, what tells this worker is alive
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        while not self.stopping.is_set():
            try:
                self._seen()
                break
            except DatabaseError as error:  # on SQLite, a long import's write lock
                logger.info("worker not registered yet: %s", error)
                close_old_connections()
        self.say(f"{self.concurrency} job process(es); lease {lease_seconds():g} s")
        last_seen = last_reap = 0.0
        try:
            while not self.stopping.is_set():
                if self.stop_with and os.getppid() != self.stop_with:
                    self.say("the process that started this worker is gone: stopping")
                    break
                self._mind_children()
                now = time.monotonic()
                try:
                    if now - last_seen >= min(5.0, lease_seconds() / 3):
                        self._seen()
                        last_seen = now
                    if now - last_reap >= min(5.0, lease_seconds() / 3):
                        for job_id in reap():
                            self.say(f"took back job {job_id} from a worker that stopped")
                        last_reap = now
                        self._sweep()
                        self._scheduled()
                except DatabaseError as error:  # on SQLite, a long import's write lock
                    logger.info("worker housekeeping postponed: %s", error)
                    close_old_connections()
                self.stopping.wait(0.5)
        finally:
            self._stop_children()
            with contextlib.suppress(DatabaseError):
                Worker.objects.filter(pk=self.name).delete()
            lock.release()
            self.say("stopped")

    def _seen(self) -> None:
        Worker.objects.update_or_create(name=self.name, defaults={
            "host": socket.gethostname(), "pid": os.getpid(), "processes": self.concurrency,
            "seen_at": timezone.now(),
        })  # fmt: skip

    def _sweep(self) -> None:
        from rightsledger.staging import sweep_now_and_then

        try:
            if removed := sweep_now_and_then():
                self.say(f"removed {len(removed)} staged uploads left behind")
        except OSError:
            logger.exception("removing old staged uploads failed")

    def _scheduled(self) -> None:
        from rightsledger.jobs.schedule import run_due

        for name, job in run_due():
            if job is not None:
                self.say(f"queued {name} job {job.pk}")

    def _mind_children(self) -> None:
        for slot, child in enumerate(self.children):
            if child is not None:
                code = child.poll()
                if code is None:
                    continue
                self.children[slot] = None
                lived = time.monotonic() - self.started_at[slot]
                if code == EXIT_STOPPED_A_JOB or lived > 60:
                    self.failures[slot] = 0
                else:  # a process that keeps failing at start is restarted less and less often
                    self.failures[slot] += 1
                delay = min(RESTART_DELAY_MAX_SECONDS, 2 ** self.failures[slot] - 1)
                self.not_before[slot] = time.monotonic() + delay
                self.say(f"job process {child.pid} ended (status {code}); "
                         f"a new one in {delay} s")  # fmt: skip
            if time.monotonic() >= self.not_before[slot]:
                self.children[slot] = subprocess.Popen(job_process_command(self.interval))
                self.started_at[slot] = time.monotonic()

    def _stop_children(self) -> None:
        running = [c for c in self.children if c is not None and c.poll() is None]
        for child in running:
            child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for child in running:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def run_job_process(interval: float) -> None:
    """Run queued jobs one at a time in this process until told to stop."""
    from django_tasks_db.management.commands.db_worker import Worker as QueueWorker

    runner = Runner(hard_stop=True)
    set_current(runner)
    runner.install_interrupt()
    loop = QueueWorker(
        queue_names=["default"], interval=interval, batch=False, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id=runner.name, excluded_queue_names=[],
    )  # fmt: skip

    def stop(signum: int, frame: FrameType | None) -> None:
        # Idle, the loop ends within one interval; a job unwinds (its transaction rolls
        # back) and is given back to the queue.
        loop.running = False
        if runner.running_job:
            raise WorkerStopping()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    parent = os.getppid()

    def orphaned() -> None:
        # A job process whose supervisor was killed stops as if told to.
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=orphaned, daemon=True, name="rightsledger-parent-watch").start()
    logger.info("job process %s waiting for jobs", runner.name)
    try:
        loop.run()
    finally:
        runner.lock.release()


def start_worker_process(concurrency: int, *, stop_with: int | None = None,
                         **popen: Any) -> subprocess.Popen[bytes]:  # fmt: skip
    """Start ``rightsledger worker`` as a child process (``serve`` does, for ``make run``)."""
    command = [sys.executable, "-m", "rightsledger.cli", "worker",
               "--concurrency", str(concurrency)]  # fmt: skip
    if stop_with:
        command += ["--stop-with", str(stop_with)]
    return subprocess.Popen(command, **popen)
