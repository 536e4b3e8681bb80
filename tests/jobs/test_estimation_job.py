"""Background estimation: the job reports progress and stores the estimate with its input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from rightsledger.analysis.estimation import CaptureHistory, LogLinear
from rightsledger.cases.models import HistoryEntry
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import refresh_interrupted, submit
from rightsledger.registry.models import StoredEstimate
from tests.jobs.thread_worker import wait_for
from tests.registry.test_stats import load


def test_inline_job_stores_the_estimate_and_its_input(case: Any, owner: Any, tmp_path: Any) -> None:
    load(case, owner, tmp_path)
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"},
                 acting_user=owner, run_inline=True)  # fmt: skip
    job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.message
    stored = StoredEstimate.objects.get(pk=job.result["stored_estimate"])
    # Re-running the estimator on the stored input gives the stored number.
    table = stored.capture_history
    history = CaptureHistory.from_cells(
        table["lists"],
        {tuple(p): c for p, c in zip(table["patterns"], table["counts"], strict=True)},
    )
    again = LogLinear().fit(history)
    assert again.estimate == pytest.approx(stored.estimate)
    assert again.fingerprint == stored.fingerprint
    assert stored.observed == 8
    assert HistoryEntry.objects.filter(object_type="registry.storedestimate",
                                       object_id=str(stored.pk)).exists()  # fmt: skip


def test_a_failing_job_says_why(case: Any, owner: Any) -> None:
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"},
                 acting_user=owner, run_inline=True)  # fmt: skip
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert "no persons named in a list" in job.message
    assert not StoredEstimate.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_background_job_runs_off_the_caller(tmp_path: Any, job_worker: None) -> None:
    from rightsledger.cases.actions import create_case
    from tests.conftest import make_user

    owner = make_user("bg-owner")
    case = create_case(name="Background", owner=owner)
    load(case, owner, tmp_path)
    job = submit(case=case, kind="estimate", parameters={"method": "loglinear"}, acting_user=owner)

    def finished() -> bool:
        job.refresh_from_db()
        return job.status in {Job.Status.DONE, Job.Status.FAILED}

    wait_for(finished, 120, interval=0.2)
    assert job.status == Job.Status.DONE, job.message
    assert job.progress == 100


def test_an_interrupted_job_is_reported(case: Any, owner: Any, settings: Any) -> None:
    settings.JOB_ATTEMPTS = 1
    job = Job.objects.create(case=case, kind="estimate", status=Job.Status.RUNNING, attempts=1,
                             worker="elsewhere-1-abc", heartbeat_at=timezone.now()
                             - dt.timedelta(seconds=settings.JOB_LEASE_SECONDS + 1))  # fmt: skip
    assert refresh_interrupted(job).status == Job.Status.FAILED
    assert "interrupted: the worker elsewhere-1-abc stopped" in job.message
