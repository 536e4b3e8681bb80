"""A running job's progress and what it is doing reach its page while it runs, not only at the
end: the job reports, the lease's heartbeat writes, the page (which refreshes itself) shows."""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import pytest
from django.db import connections
from django.test import Client

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind, submit

HALFWAY = threading.Event()
GO_ON = threading.Event()


@job_kind("test-halfway")
def halfway(job: Job, report: Any) -> dict[str, Any]:
    report(40, "reading row 4,000 of 10,000")
    HALFWAY.set()
    GO_ON.wait(timeout=30)
    report(90, "writing the history")
    return {"summary": "all rows read"}


def _page_until(client: Client, url: str, wanted: str, seconds: float = 15) -> str:
    """The page as first seen to contain ``wanted`` (the heartbeat writes a few times a
    second), or as last seen."""
    deadline = time.monotonic() + seconds
    while True:
        html = client.get(url).content.decode()
        if wanted in html or time.monotonic() > deadline:
            return html
        time.sleep(0.1)


@pytest.mark.django_db(transaction=True)
def test_the_page_shows_progress_while_the_job_runs(settings: Any, tmp_path: Any) -> None:
    from rightsledger.cases.actions import create_case
    from tests.conftest import make_user

    settings.HOME = tmp_path
    settings.JOB_LEASE_SECONDS = 1  # a heartbeat every quarter second
    owner = make_user("watcher")
    case = create_case(name="Watching a job", owner=owner)
    HALFWAY.clear()
    GO_ON.clear()
    finished: list[Job] = []

    def run() -> None:
        try:
            finished.append(submit(case=case, kind="test-halfway", parameters={},
                                   acting_user=owner, run_inline=True))  # fmt: skip
        finally:
            connections.close_all()

    runner = threading.Thread(target=run)
    runner.start()
    try:
        assert HALFWAY.wait(timeout=20)
        job = Job.objects.get(case=case, kind="test-halfway")
        client = Client()
        client.force_login(owner)
        url = f"/c/{case.slug}/jobs/{job.pk}/"
        html = _page_until(client, url, 'value="40"')
        assert re.search(r'<progress max="100" value="40">', html)
        assert "40%" in html
        assert "reading row 4,000 of 10,000" in html
        assert '<meta http-equiv="refresh"' in html  # the page follows the job by itself
    finally:
        GO_ON.set()
        runner.join(timeout=30)
    assert finished
    assert finished[0].status == Job.Status.DONE
    done = Client()
    done.force_login(owner)
    html = done.get(f"/c/{case.slug}/jobs/{finished[0].pk}/").content.decode()
    assert "<progress" not in html  # finished: no bar, and no refreshing
    assert "all rows read" in html
