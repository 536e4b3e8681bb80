"""The queue's own worker loop in a thread: tests see jobs run off the request, as in
production, on the test database (a worker process could not reach an in-memory one).

The in-memory SQLite test database is shared between threads with table locks that fail at
once instead of waiting (a file database waits): this worker reads without taking them (and
so does the test, :func:`reading_without_locks`) and claims (a write) only when a job is
queued, in an ordinary transaction (an exclusive one would lock the schema against every
read of the test), so it rarely stands in the test's way, and it tries again when it meets
a lock. It takes turns with the live server
(``ONE_AT_A_TIME``): a job that met a lock half-way through the live server's page would be
left running for ever, and a browser test waiting on its job page would wait for nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.db import OperationalError, connection, connections, transaction

# Held by the live server while it serves a request and by this worker while it looks for
# and runs jobs: the two never use the shared test database at the same moment.
ONE_AT_A_TIME = threading.Lock()


class ThreadWorker:
    def __init__(self, interval: float = 0.1) -> None:
        from django_tasks_db.management.commands.db_worker import Worker

        self.interval = interval
        self.running = True
        # batch: run what is queued, then return to this loop.
        self.loop = Worker(
            queue_names=["default"], interval=0, batch=True, backend_name="default",
            startup_delay=False, max_tasks=None, worker_id="test-thread-worker",
            excluded_queue_names=[],
        )  # fmt: skip
        self.thread = threading.Thread(target=self._run, name="rightsledger-job-worker",
                                       daemon=True)  # fmt: skip

    def _run(self) -> None:
        from django_tasks_db.models import DBTaskResult

        try:
            if connection.vendor == "sqlite":
                connection.cursor().execute("PRAGMA read_uncommitted = 1")
            while self.running:
                try:
                    with ONE_AT_A_TIME:
                        queued = DBTaskResult.objects.ready().exists()
                        if queued:
                            self.loop.run()
                    if queued:
                        continue
                except OperationalError as error:
                    if "locked" not in str(error):
                        raise
                time.sleep(self.interval)
        finally:
            connections.close_all()  # this thread's connection, or the test database stays busy

    def start(self) -> None:
        from django_tasks_db.management.commands import db_worker

        self._exclusive = db_worker.exclusive_transaction
        db_worker.exclusive_transaction = transaction.atomic  # type: ignore[assignment]
        self.thread.start()

    def stop(self) -> None:
        from django_tasks_db.management.commands import db_worker

        self.running = False
        self.loop.running = False
        self.thread.join(timeout=60)
        db_worker.exclusive_transaction = self._exclusive


@contextmanager
def reading_without_locks() -> Iterator[None]:
    """The test's own reads (a page it asks for while a job runs) take no table locks, as
    the worker's do not: a page reading the jobs table while the worker marks its job done
    made the worker's write fail ("database table is locked: jobs_job"), and the job stayed
    unfinished."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA read_uncommitted = 1")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 0")


def wait_for(check: Callable[[], bool], seconds: float, interval: float = 0.1) -> bool:
    """Ask ``check`` until it holds or ``seconds`` pass, taking turns with the worker: the
    test's read of the shared in-memory database while a job writes would fail that write
    ("database table is locked") and leave the job running."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with ONE_AT_A_TIME:
            if check():
                return True
        time.sleep(interval)
    return False
