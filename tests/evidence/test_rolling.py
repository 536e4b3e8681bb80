"""Rolling verification: slices re-hash the least recently verified files within a budget,
record when each was verified, fail naming an altered file, and are queued by the worker's
schedule once per interval."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from rightsledger.evidence import rolling
from rightsledger.evidence.actions import ingest_stream
from rightsledger.evidence.models import StoredObject
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit
from rightsledger.jobs.schedule import run_due

SIZE = 64 * 1024


@pytest.fixture
def objects(case: Any, owner: Any) -> list[StoredObject]:
    """Four files of SIZE bytes, last verified 40, 30, 20 and 10 days ago."""
    made = []
    for days in (40, 30, 20, 10):
        data = os.urandom(SIZE)
        item = ingest_stream(case=case, chunks=[data], file_name=f"{days}.bin",
                             acting_user=owner, derive=False).item  # fmt: skip
        StoredObject.objects.filter(pk=item.sha256).update(
            verified_at=timezone.now() - dt.timedelta(days=days)
        )
        made.append(StoredObject.objects.get(pk=item.sha256))
    return made


def verified(obj: StoredObject) -> dt.datetime | None:
    return StoredObject.objects.get(pk=obj.pk).verified_at


def alter(evidence_dir: Path, sha256: str) -> None:
    path = evidence_dir / "objects" / sha256[:2] / sha256[2:4] / sha256
    os.chmod(path, 0o644)
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00tampered\x00")


def test_it_reads_the_least_recently_verified_first_within_the_budget(
    case: Any, objects: list[StoredObject]
) -> None:
    before = timezone.now()
    budget = rolling.Budget(max_bytes=2 * SIZE, max_seconds=600, threads=2)
    first = rolling.verify_slice(case, budget=budget)
    assert (first.ok, first.objects, first.bytes) == (True, 2, 2 * SIZE)
    assert [verified(o) >= before for o in objects] == [True, True, False, False]  # type: ignore[operator]
    second = rolling.verify_slice(case, budget=budget)
    assert second.objects == 2
    assert all(verified(o) >= before for o in objects)  # type: ignore[operator]


def test_it_stops_at_the_time_budget_after_one_file_at_least(
    case: Any, objects: list[StoredObject]
) -> None:
    ticks = iter(range(0, 10_000, 10))  # every look at the clock, 10 s later
    budget = rolling.Budget(max_bytes=10**12, max_seconds=5, threads=1)
    report = rolling.verify_slice(case, budget=budget, clock=lambda: float(next(ticks)))
    assert report.objects == 1
    assert verified(objects[0]) > verified(objects[1])  # type: ignore[operator]


def test_an_altered_file_fails_the_job_and_stays_first_in_line(
    case: Any, objects: list[StoredObject], evidence_dir: Path
) -> None:
    alter(evidence_dir, objects[1].sha256)
    job = submit(case=case, kind=rolling.KIND, parameters={}, acting_user=None, run_inline=True)
    assert job.status == Job.Status.FAILED
    assert f"file {objects[1].sha256}: SHA-256 does not match (altered)" in job.message
    assert verified(objects[1]) == objects[1].verified_at  # not marked verified
    assert verified(objects[0]) > objects[0].verified_at  # type: ignore[operator]
    # The command runs a slice the same way (a job of the case), and says what failed.
    with pytest.raises(CommandError, match="failed"):
        call_command("verify", "--slice", "--case", case.slug)
    assert Job.objects.filter(case=case, kind=rolling.KIND, status="failed").count() == 2


def test_the_command_runs_one_slice_as_a_job_and_reports_coverage(
    case: Any, objects: list[StoredObject], capsys: Any
) -> None:
    call_command("verify", "--slice", "--max-bytes", str(3 * SIZE))
    out = capsys.readouterr().out
    job = Job.objects.get(kind=rolling.KIND)
    assert (job.case, job.status, job.result["objects"]) == (case, Job.Status.DONE, 3)
    assert f"OK (job {job.pk}): case {case.slug}: 3 objects" in out
    # Of the four, the one verified 10 days ago was not re-read; none is past the 30 days.
    assert "not verified within 30 days: 0 objects" in out
    with pytest.raises(CommandError, match="--max-bytes must be more than 0"):
        call_command("verify", "--slice", "--max-bytes", "0")


def test_coverage_counts_what_is_past_the_cycle(objects: list[StoredObject], settings: Any) -> None:
    settings.VERIFY_CYCLE_DAYS = 25
    found = rolling.coverage()
    assert (found.objects, found.bytes) == (4, 4 * SIZE)
    assert (found.stale_objects, found.stale_bytes) == (2, 2 * SIZE)
    assert found.oldest == objects[0].verified_at


def test_the_schedule_queues_one_slice_per_interval(
    case: Any, objects: list[StoredObject], settings: Any
) -> None:
    settings.VERIFY_EVERY_MINUTES = 60
    now = timezone.now()
    started = dict(run_due(now))
    job = started["verify-slice"]
    assert (job.case, job.status, job.kind) == (case, Job.Status.QUEUED, rolling.KIND)
    assert "verify-slice" not in dict(run_due(now + dt.timedelta(minutes=59)))
    # Due again, but the last slice has not run yet: none is added.
    assert dict(run_due(now + dt.timedelta(minutes=61)))["verify-slice"] is None
    assert Job.objects.filter(kind=rolling.KIND).count() == 1
    settings.VERIFY_EVERY_MINUTES = 0
    assert "verify-slice" not in dict(run_due(now + dt.timedelta(days=1)))


def test_the_case_due_is_the_one_with_the_oldest_verification(
    case: Any, owner: Any, objects: list[StoredObject]
) -> None:
    from rightsledger.cases.actions import create_case

    other = create_case(name="Second inquiry", owner=owner)
    item = ingest_stream(case=other, chunks=[b"older still"], file_name="o.txt",
                         acting_user=owner, derive=False).item  # fmt: skip
    assert rolling.case_due() == case
    StoredObject.objects.filter(pk=item.sha256).update(
        verified_at=timezone.now() - dt.timedelta(days=400)
    )
    assert rolling.case_due() == other


def test_the_schedule_reads_only_what_is_due(
    case: Any, objects: list[StoredObject], settings: Any
) -> None:
    settings.VERIFY_CYCLE_DAYS = 30  # due: verified more than 15 days ago
    job = rolling.start_scheduled_slice()
    assert job is not None
    from rightsledger.jobs.lease import current
    from rightsledger.jobs.runner import execute

    execute(job.pk, task_id=job.task_id, runner=current())
    job.refresh_from_db()
    assert (job.status, job.result["objects"]) == (Job.Status.DONE, 3)
    assert verified(objects[3]) == objects[3].verified_at  # 10 days: not yet due
    assert rolling.case_due(rolling.due_before()) is None
    assert rolling.start_scheduled_slice() is None  # nothing is due
