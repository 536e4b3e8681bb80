"""A running job's lease: a job whose worker is gone is queued again or failed, never left
"running"; a job whose worker still renews its lease is left alone."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from rightsledger.jobs.lease import reap, take_back
from rightsledger.jobs.locks import ProcessLock, lock_held
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import refresh_interrupted, submit


@pytest.fixture(autouse=True)
def _home(settings: Any, tmp_path: Path) -> None:
    settings.HOME = tmp_path  # the workers' lock files
    settings.JOB_LEASE_SECONDS = 30
    settings.JOB_ATTEMPTS = 2


def running(case: Any, owner: Any, *, beat_ago: float, attempts: int = 1,
            worker: str = "gone-host-1-abcdef") -> Job:  # fmt: skip
    """A queued job as a worker would have claimed it, its last heartbeat ``beat_ago`` ago."""
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"},
                 acting_user=owner)  # fmt: skip
    DBTaskResult.objects.filter(id=job.task_id).update(status="RUNNING",
                                                       started_at=timezone.now())  # fmt: skip
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.RUNNING, worker=worker, attempts=attempts,
        heartbeat_at=timezone.now() - dt.timedelta(seconds=beat_ago),
    )  # fmt: skip
    job.refresh_from_db()
    return job


def test_a_job_whose_worker_is_gone_is_queued_again(case: Any, owner: Any) -> None:
    job = running(case, owner, beat_ago=31)
    old_entry = job.task_id
    assert reap() == [job.pk]
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED
    assert job.worker == ""
    assert "the worker gone-host-1-abcdef stopped" in job.message
    assert "queued again (attempt 2 of 2)" in job.message
    # A new queue entry starts it; the dead worker's entry is closed.
    assert job.task_id != old_entry
    assert DBTaskResult.objects.get(id=job.task_id).status == "READY"
    assert DBTaskResult.objects.get(id=old_entry).status == "FAILED"


def test_after_its_last_attempt_it_fails_and_says_why(case: Any, owner: Any) -> None:
    job = running(case, owner, beat_ago=120, attempts=2)
    job = refresh_interrupted(job)  # a page looking at it is enough
    assert job.status == Job.Status.FAILED
    assert job.message.startswith("interrupted: the worker gone-host-1-abcdef stopped")
    assert job.finished_at is not None


def test_a_job_someone_cancelled_is_cancelled_not_retried(case: Any, owner: Any) -> None:
    job = running(case, owner, beat_ago=60)
    Job.objects.filter(pk=job.pk).update(cancel_requested=True)
    job.refresh_from_db()
    assert take_back(job)
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED


def test_a_renewed_lease_is_left_alone(case: Any, owner: Any) -> None:
    job = running(case, owner, beat_ago=5)
    assert reap() == []
    assert refresh_interrupted(job).status == Job.Status.RUNNING


def test_a_heartbeat_after_the_look_wins(case: Any, owner: Any) -> None:
    job = running(case, owner, beat_ago=60)
    # The worker renews its lease between the reaper's read and its update.
    Job.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())
    assert not take_back(job)
    job.refresh_from_db()
    assert job.status == Job.Status.RUNNING


def test_on_sqlite_a_worker_holding_its_lock_file_is_alive(
    case: Any, owner: Any, settings: Any
) -> None:
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the lock file confirms a stale lease on SQLite only")
    lock = ProcessLock("busy-host-7-abcdef")
    try:
        # Its heartbeat waited behind a long write transaction: stale, yet the process lives.
        job = running(case, owner, beat_ago=300, worker="busy-host-7-abcdef")
        assert reap() == []
        assert refresh_interrupted(job).status == Job.Status.RUNNING
    finally:
        lock.release()
    assert reap() == [job.pk]


def test_a_lock_file_is_free_when_its_process_dies(settings: Any) -> None:
    code = (
        "import os, sys, time; from pathlib import Path;"
        "from django.conf import settings; settings.configure(HOME=Path(sys.argv[1]));"
        "from rightsledger.jobs.locks import ProcessLock; lock = ProcessLock('child-1-abc');"
        "print('locked', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(settings.HOME)],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        assert lock_held("child-1-abc")
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 5
    while lock_held("child-1-abc") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not lock_held("child-1-abc")
    assert not (Path(settings.HOME) / "workers" / "child-1-abc.lock").exists()


def test_a_queued_job_whose_entry_died_gets_a_new_one(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"},
                 acting_user=owner)  # fmt: skip
    long_ago = timezone.now() - dt.timedelta(minutes=5)
    Job.objects.filter(pk=job.pk).update(created_at=long_ago)
    # A worker claimed the entry and died before it could start the job.
    DBTaskResult.objects.filter(id=job.task_id).update(status="RUNNING", started_at=long_ago)
    reap()
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED
    assert DBTaskResult.objects.get(id=job.task_id).status == "READY"
