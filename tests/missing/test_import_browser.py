"""In headless Chromium: exhumation records uploaded, their columns chosen, a refused file
(its row and column named, nothing written), then the corrected file previewed and
imported by a job — and the remains' teeth and clothing reach the candidate list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rightsledger.cases.models import HistoryEntry
from rightsledger.jobs.lease import Runner
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute
from rightsledger.missing.models import RemainsCase
from tests.missing.conftest import Scene
from tests.web.test_browser import CHROMIUM, Session, labelled

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]
RECORDS = """Tag no.;Grave;Recovered;State;Sex;Age from;Age to;Height from;Height to;Teeth (FDI)
LK-1-050;Site LK-1;2004-06-22;complete_skeleton;male;25;40;172;182;"23 crown; all other teeth present"
LK-1-051;Site LK-1;{date};fragments;undetermined;;;;;
"""


@pytest.fixture
def live_scene(transactional_db: None, monkeypatch: pytest.MonkeyPatch, scene: Scene) -> Scene:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return scene


def choose_columns(page: Any) -> None:
    for label, column in (("Tag", "Tag no."), ("Burial site (name or code)", "Grave"),
                          ("Recovered on", "Recovered"), ("Condition", "State"),
                          ("Estimated sex", "Sex"), ("Age from (years)", "Age from"),
                          ("Age to (years)", "Age to"), ("Stature from (cm)", "Height from"),
                          ("Stature to (cm)", "Height to"),
                          ("Dental findings", "Teeth (FDI)")):  # fmt: skip
        labelled(page, label).select_option(column)


def upload(me: Session, home: str, path: Path) -> None:
    me.go(home)
    me.page.get_by_role("link", name="Import a list or exhumation records").click()
    me.page.get_by_label("Exhumation records (one row per remains case)").check()
    me.page.locator("input[type=file]").set_input_files(str(path))
    me.page.get_by_role("button", name="Upload").click()
    me.page.wait_for_selector("h1:has-text('Which column holds what')")


def test_exhumation_records_uploaded_mapped_previewed_and_imported(
    browser: Any, serial_live_server: Any, live_scene: Scene, tmp_path: Path
) -> None:
    scene = live_scene
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("owner")
    home = f"/c/{scene.case.slug}/missing/"

    # A date the importer cannot read: named by row and column, nothing written.
    bad = tmp_path / "season-2004.csv"
    bad.write_text(RECORDS.format(date="22/06/2004"), encoding="utf-8")
    upload(me, home, bad)
    assert "LK-1-050" in page.locator("#file-rows").inner_text()
    choose_columns(page)
    entries = HistoryEntry.objects.count()
    page.get_by_role("button", name="Import").click()
    problem = page.locator("#problems li").first.inner_text()
    assert "row 2, column 'Recovered' (recovered_on): '22/06/2004' is not a date" in problem
    assert HistoryEntry.objects.count() == entries
    assert not RemainsCase.objects.filter(tag__in=["LK-1-050", "LK-1-051"]).exists()

    # The corrected file: previewed (every row checked, nothing written), then imported.
    good = tmp_path / "season-2004-fixed.csv"
    good.write_text(RECORDS.format(date="2004-06-23"), encoding="utf-8")
    upload(me, home, good)
    choose_columns(page)
    page.get_by_role("button", name="Preview and check").click()
    page.wait_for_selector("#checked")
    assert "23 crown" in page.locator("#preview").inner_text()
    assert HistoryEntry.objects.count() == entries
    page.get_by_role("button", name="Import").click()
    # Handed to a worker: the job's page. The job is run here, as a worker runs it, while the
    # browser waits on a blank page (the job page reloads itself, and the live server shares
    # this thread's database connection).
    page.wait_for_selector("h1:has-text('Background job')")
    job_page = page.url
    page.goto("about:blank")
    job = Job.objects.get(kind="import-missing")
    assert execute(job.pk, task_id=job.task_id, runner=Runner(hard_stop=False)) == "done"
    page.goto(job_page)
    page.wait_for_selector("text=2 remains cases imported.")
    me.go(home)
    assert RemainsCase.objects.get(tag="LK-1-050").dental_findings == (
        "23 crown; all other teeth present"
    )

    # The file's teeth against the missing man's dental notes ("gold crown, upper left
    # canine"): the candidate list says so.
    page.get_by_role("link", name="LK-1-050").click()
    page.get_by_role("link", name="Candidates (AM/PM)").click()
    first = page.locator("#candidates > li").first
    assert first.get_attribute("data-person") == str(scene.missing.pk)
    assert "dental notes agree with the chart of the remains" in first.inner_text()
    assert me.problems == []
    me.close()
