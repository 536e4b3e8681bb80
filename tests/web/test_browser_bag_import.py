"""In a real headless Chromium: from the list of one's cases, a user sends a bag's ZIP file (as
an Exports tab gives it); a file over the limit is named before it is sent, a file that is no
bag is named on the page; the bag's job page shows the import until it is done, then leads to
the imported case.

The job runs in a worker thread on the test database (the ``job_worker`` fixture), off the
request, as ``rightsledger worker`` would run it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import get_resolver
from playwright.sync_api import expect

from rightsledger.archive.downloads import pack
from rightsledger.cases.models import Case, Membership
from rightsledger.jobs.models import Job
from tests.archive.test_import import exported
from tests.web.test_browser import (  # noqa: F401 (fixtures)
    CHROMIUM,
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    users,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


def test_a_user_imports_a_case_from_a_bag(
    browser: Any,  # noqa: F811
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811
    job_worker: None,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.HOME = tmp_path / "home"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    bag, facts = exported(tmp_path / "made")
    packed = pack(bag).path
    settings.EVIDENCE_DIR = tmp_path / "store"  # the import fills a store of its own
    not_a_bag = tmp_path / "notes.zip"
    not_a_bag.write_bytes(b"meeting notes, not a ZIP file")

    assert get_resolver().url_patterns  # every view module imported before the first page
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    # A file over the limit is named as soon as it is chosen, and not sent.
    settings.BAG_UPLOAD_MAX_BYTES = 1024
    page.get_by_role("link", name="Import a case from a bag").click()
    expect(page.get_by_role("heading", name="Import a case from a bag")).to_be_visible()
    bag_field = page.get_by_label(re.compile(r"^The bag, as one ZIP file"))
    bag_field.set_input_files(str(packed))
    page.get_by_role("button", name="Import the case").click()
    said = bag_field.evaluate("input => input.validationMessage")
    assert said.startswith("This file is larger than 1.0\xa0KB"), said
    assert page.url.endswith("/cases/import/")
    assert not Job.objects.exists()

    settings.BAG_UPLOAD_MAX_BYTES = 2 * 1024**3
    page.reload()
    bag_field.set_input_files(str(not_a_bag))
    page.get_by_role("button", name="Import the case").click()
    expect(page.locator("#bag-import-form")).to_contain_text("This is not a ZIP file")
    assert not Job.objects.exists()

    bag_field.set_input_files(str(packed))
    page.screenshot(path=str(SCREENSHOTS / "bag-import-form.png"), full_page=True)
    page.get_by_role("button", name="Import the case").click()
    # The job's page refreshes itself while the job runs, then leads to the imported case.
    page.wait_for_url(re.compile(r"/jobs/\d+/$|/imported/\d+/$"))
    page.wait_for_url(re.compile(rf"/c/{facts['slug']}/imported/\d+/$"), timeout=120_000)
    job = Job.objects.get(kind="import-bag")
    assert job.status == Job.Status.DONE, job.message
    expect(page.locator("#import-facts")).to_contain_text(packed.name)
    page.screenshot(path=str(SCREENSHOTS / "bag-import-done.png"), full_page=True)
    page.locator("#imported-case").click()
    page.wait_for_url(re.compile(rf"/c/{facts['slug']}/$"))
    case = Case.objects.get(slug=facts["slug"])
    assert Membership.objects.get(case=case, user=users["documenter"]).role == "owner"
    me.go("/")
    expect(page.get_by_role("link", name=case.name)).to_be_visible()
    assert me.problems == []
    me.close()

    # Nobody else sees the import.
    other = Session(browser, serial_live_server.url)
    other.log_in("outsider")
    for url in (f"/jobs/{job.pk}/", f"/c/{case.slug}/imported/{job.pk}/"):
        assert other.go(url).status == 404
    other.close()
