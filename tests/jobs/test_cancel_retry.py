"""Cancelling and retrying a job, from the browser and the command line, through the access
check: a stranger gets 404 (or "no job"), a member needs the permission the job's kind needs."""

from __future__ import annotations

import time
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django_tasks_db.models import DBTaskResult

from rightsledger.jobs.actions import JobStateError, cancel_job, retry_job
from rightsledger.jobs.lease import Runner
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute, job_kind, submit


@job_kind("test-until-cancelled")
def until_cancelled(job: Job, report: Any) -> dict[str, Any]:
    report(1, "started")
    cancel_job(Job.objects.get(pk=job.pk), acting_user=job.created_by)  # someone else, really
    deadline = time.monotonic() + 30
    step = 0
    while time.monotonic() < deadline:
        step += 1
        report(min(step, 99), f"step {step}")  # raises JobCancelled once the lease sees it
        time.sleep(0.05)
    return {"summary": "never cancelled"}


def web(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_queued_job_is_cancelled_at_once_and_never_starts(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="estimate", parameters={}, acting_user=owner)
    job = cancel_job(job, acting_user=owner)
    assert job.status == Job.Status.CANCELLED
    assert job.cancelled_by == owner
    assert job.message == "cancelled by owner before it started"
    assert DBTaskResult.objects.get(id=job.task_id).status == "FAILED"
    # Even if a worker had already taken its entry, the job does not start.
    assert execute(job.pk, task_id=job.task_id, runner=Runner(hard_stop=False)).startswith(
        "not started"
    )


@pytest.mark.django_db(transaction=True)
def test_a_running_job_stops_when_cancelled(settings: Any, tmp_path: Any) -> None:
    from rightsledger.cases.actions import create_case
    from tests.conftest import make_user

    settings.HOME = tmp_path
    settings.JOB_LEASE_SECONDS = 2  # the lease is renewed (and the request seen) twice a second
    owner = make_user("canceller")
    case = create_case(name="Cancelling", owner=owner)
    started = time.monotonic()
    job = submit(case=case, kind="test-until-cancelled", parameters={}, acting_user=owner,
                 run_inline=True)  # fmt: skip
    assert time.monotonic() - started < 10
    assert job.status == Job.Status.CANCELLED
    assert job.message == "cancelled while running (it stopped)"
    assert job.cancelled_by == owner


def test_a_finished_job_cannot_be_cancelled(case: Any, owner: Any) -> None:
    job = Job.objects.create(case=case, kind="estimate", status=Job.Status.DONE)
    with pytest.raises(JobStateError, match="is done: there is nothing to cancel"):
        cancel_job(job, acting_user=owner)


def test_a_failed_job_is_retried_under_its_number(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"},
                 acting_user=owner, run_inline=True)  # fmt: skip
    assert job.status == Job.Status.FAILED  # the case has no lists
    again = retry_job(job, acting_user=owner)
    assert again.pk == job.pk
    assert again.status == Job.Status.QUEUED
    assert (again.attempts, again.progress, again.result) == (0, 0, None)
    assert again.message == "retried by owner"
    assert DBTaskResult.objects.get(id=again.task_id).status == "READY"
    with pytest.raises(JobStateError, match="only a failed or cancelled job"):
        retry_job(again, acting_user=owner)


def test_the_job_page_offers_what_the_user_may_do(case: Any, owner: Any, viewer: Any,
                                                  analyst: Any, stranger: Any) -> None:  # fmt: skip
    estimate = submit(case=case, kind="estimate", parameters={}, acting_user=owner)
    link = submit(case=case, kind="link", parameters={}, acting_user=owner)
    url = f"/c/{case.slug}/jobs/{estimate.pk}/"
    page = web(owner).get(url).content.decode()
    assert "Cancel the job" in page
    assert 'id="no-worker"' in page  # nothing runs the queue in this test
    assert "Cancel the job" not in web(viewer).get(url).content.decode()
    assert web(stranger).get(url).status_code == 404
    assert web(stranger).get(f"/c/{case.slug}/jobs/").status_code == 404
    # A viewer may not cancel; an analyst may cancel an estimate but not a linkage.
    assert web(viewer).post(f"{url}cancel/").status_code == 404
    assert web(stranger).post(f"{url}cancel/").status_code == 404
    assert web(analyst).post(f"/c/{case.slug}/jobs/{link.pk}/cancel/").status_code == 404
    assert Job.objects.filter(status=Job.Status.QUEUED).count() == 2
    assert web(analyst).post(f"{url}cancel/").status_code == 302
    estimate.refresh_from_db()
    assert estimate.status == Job.Status.CANCELLED
    page = web(owner).get(url).content.decode()
    assert 'data-status="cancelled"' in page
    assert "Retry" in page
    assert web(owner).post(f"{url}retry/").status_code == 302
    estimate.refresh_from_db()
    assert estimate.status == Job.Status.QUEUED
    listing = web(viewer).get(f"/c/{case.slug}/jobs/").content.decode()
    assert f'href="/c/{case.slug}/jobs/{link.pk}/"' in listing


def test_the_command_line_lists_cancels_and_retries(case: Any, owner: Any, viewer: Any,
                                                    stranger: Any) -> None:  # fmt: skip
    job = submit(case=case, kind="link", parameters={}, acting_user=owner)

    def run(*args: str) -> str:
        out = StringIO()
        call_command("job", *args, stdout=out)
        return out.getvalue()

    listed = run("list", "--case", case.slug, "--as", "viewer")
    assert listed.startswith(f"{job.pk}\tlink\tqueued\t0%\t0\t")
    with pytest.raises(CommandError, match=f"no job {job.pk} that stranger may see"):
        run("show", str(job.pk), "--as", "stranger")
    with pytest.raises(CommandError, match=f"no job {job.pk} that viewer may change"):
        run("cancel", str(job.pk), "--as", "viewer")
    assert run("cancel", str(job.pk), "--as", "owner").strip() == f"job {job.pk} cancelled"
    with pytest.raises(CommandError, match="is cancelled: there is nothing to cancel"):
        run("cancel", str(job.pk), "--as", "owner")
    assert run("retry", str(job.pk), "--as", "owner").strip() == f"job {job.pk} queued again"
    shown = run("show", str(job.pk), "--as", "owner", "--json")
    assert '"status": "queued"' in shown
    with pytest.raises(CommandError, match="is still queued"):
        run("wait", str(job.pk), "--as", "owner", "--timeout", "0.3")
