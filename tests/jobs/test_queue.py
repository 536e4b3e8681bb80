"""Submitting puts a job and its queue entry in the database; only that entry starts it."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django_tasks_db.models import DBTaskResult

from rightsledger.jobs.lease import Runner
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute, job_kind, submit
from rightsledger.registry.importing.errors import ListFileError
from tests.jobs.thread_worker import wait_for

RAN: list[int] = []


@job_kind("test-count")
def count_job(job: Job, report: Any) -> dict[str, Any]:
    report(50, "half way")
    RAN.append(job.pk)
    return {"ran": job.pk, "summary": "counted"}


@job_kind("test-fail")
def failing_job(job: Job, report: Any) -> dict[str, Any]:
    raise ValueError("the list has no rows")


@job_kind("test-refused-input")
def refused_input_job(job: Job, report: Any) -> dict[str, Any]:
    raise ListFileError("list.csv: binary content, not a text table")


@pytest.fixture(autouse=True)
def _forget_runs() -> None:
    RAN.clear()


def test_submit_queues_the_job_and_its_entry(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="test-count", parameters={"n": 1}, acting_user=owner)
    assert job.status == Job.Status.QUEUED
    entry = DBTaskResult.objects.get(id=job.task_id)
    assert entry.status == "READY"
    assert entry.args_kwargs["args"] == [job.pk]
    assert not RAN  # nothing runs in the caller


def test_an_unknown_kind_is_refused_and_nothing_is_written(case: Any, owner: Any) -> None:
    with pytest.raises(ValueError, match="unknown job kind 'no-such'"):
        submit(case=case, kind="no-such", parameters={}, acting_user=owner)
    assert not Job.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_inline_runs_it_now_with_its_result(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="test-count", parameters={}, acting_user=owner, run_inline=True)
    assert job.status == Job.Status.DONE
    assert job.result == {"ran": job.pk, "summary": "counted"}
    assert job.progress == 100
    assert job.attempts == 1
    assert [job.pk] == RAN


def _run_failing(kind: str, case: Any, owner: Any, caplog: Any) -> tuple[Job, list[Any]]:
    """The job run inline, and what the runner logged of its failure."""
    with caplog.at_level(logging.INFO, logger="rightsledger.jobs.runner"):
        job = submit(case=case, kind=kind, parameters={}, acting_user=owner, run_inline=True)
    assert job.status == Job.Status.FAILED
    return job, [r for r in caplog.records if "failed" in r.getMessage()]


def test_a_failure_is_shown_with_its_reason(case: Any, owner: Any, caplog: Any) -> None:
    job, failed = _run_failing("test-fail", case, owner, caplog)
    assert job.message == "the list has no rows"
    # A fault of the code is logged with where it happened.
    assert failed[0].levelno == logging.WARNING
    assert "Traceback" in failed[0].getMessage()


def test_refused_input_is_logged_as_its_message_alone(case: Any, owner: Any, caplog: Any) -> None:
    job, failed = _run_failing("test-refused-input", case, owner, caplog)
    assert job.message == "list.csv: binary content, not a text table"
    assert [r.getMessage() for r in failed] == [
        f"job {job.pk} failed: list.csv: binary content, not a text table"
    ]
    assert failed[0].levelno == logging.INFO  # not shown at the default level (WARNING)


def test_only_the_jobs_own_entry_starts_it_and_only_once(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="test-count", parameters={}, acting_user=owner)
    runner = Runner(hard_stop=False)
    assert execute(job.pk, task_id="not-its-entry", runner=runner).startswith("not started")
    assert not RAN
    assert execute(job.pk, task_id=job.task_id, runner=runner) == "done"
    # The same entry delivered twice (or a second worker with it) finds the job taken.
    assert execute(job.pk, task_id=job.task_id, runner=runner).startswith("not started")
    assert [job.pk] == RAN
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert job.worker == runner.name


@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_queued_jobs(job_worker: None) -> None:
    from rightsledger.cases.actions import create_case
    from tests.conftest import make_user

    owner = make_user("queue-owner")
    case = create_case(name="Queue", owner=owner)
    jobs = [submit(case=case, kind="test-count", parameters={}, acting_user=owner)
            for _ in range(5)]  # fmt: skip
    wait_for(lambda: not Job.objects.filter(status__in=["queued", "running"]).exists(), 60)
    assert sorted(RAN) == sorted(j.pk for j in jobs)
    assert set(Job.objects.values_list("status", flat=True)) == {"done"}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
