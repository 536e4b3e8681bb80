"""In a real headless Chromium: an owner makes a redacted bag from the case's Exports page,
watches the job's page until it is done, and downloads the ZIP from the bag's page; a viewer
has no Exports tab and gets 404 at its address.

The job runs in a worker thread on the test database (the ``job_worker`` fixture), off the
request, as ``rightsledger worker`` would run it.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.urls import get_resolver
from playwright.sync_api import expect

from rightsledger.cases.actions import create_case, set_membership
from rightsledger.cases.roles import Role
from rightsledger.jobs.models import Job
from rightsledger.protection.actions import protect_person
from rightsledger.records.actions import create_person
from tests import factories
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
SECRET_NAME = "Zərifə Məmmədova"


def test_an_owner_makes_and_downloads_a_redacted_bag(
    browser: Any,  # noqa: F811
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811
    job_worker: None,
    settings: Any,
    tmp_path: Path,
) -> None:
    settings.EXPORTS_DIR = tmp_path / "exports"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    owner, colleague = users["documenter"], users["colleague"]
    case = create_case(name="Inquiry into Tamarisk", owner=owner)
    set_membership(case=case, user=colleague, role=Role.VIEWER, acting_user=owner)
    person = create_person(case=case, acting_user=owner, names=[{"value": SECRET_NAME}])
    protect_person(person, category="witness", acting_user=owner)
    factories.evidence_item(case, owner, data=f"Statement of {SECRET_NAME}\n".encode())

    # Every view module is imported here first (the registry's load the linkage stack): a
    # first page that did it would take longer than a page may take.
    assert get_resolver().url_patterns
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    me.go(f"/c/{case.slug}/")
    page.get_by_role("navigation", name="Case").get_by_role("link", name="Exports").click()
    expect(page.get_by_role("heading", name="Exports")).to_be_visible()
    page.get_by_role("radio", name=re.compile(r"sharing with a named recipient")).check()
    page.get_by_label(re.compile(r"^Recipient")).fill("Commission of Inquiry")
    page.get_by_label(re.compile(r"Redact every person without a granted consent")).check()
    page.screenshot(path=str(SCREENSHOTS / "bag-export-form.png"), full_page=True)
    page.get_by_role("button", name="Make the bag").click()

    # The job's page refreshes itself while the job runs, then leads to the bag's page.
    page.wait_for_url(re.compile(rf"/c/{case.slug}/(jobs|exports)/\d+/$"))
    page.wait_for_url(re.compile(rf"/c/{case.slug}/exports/\d+/$"), timeout=120_000)
    job = Job.objects.get(case=case, kind="export-bag")
    assert job.status == Job.Status.DONE, job.message
    expect(page.locator("#bag-sha256")).to_have_text(job.result["sha256"])
    page.screenshot(path=str(SCREENSHOTS / "bag-export-done.png"), full_page=True)
    with page.expect_download() as info:
        page.locator("#download-bag").click()
    download = info.value
    assert download.suggested_filename == f"{case.slug}-sharing-bag-{job.pk}.zip"
    data = Path(download.path()).read_bytes()
    assert hashlib.sha256(data).hexdigest() == job.result["sha256"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        contents = b"".join(archive.read(name) for name in names)
    assert f"{case.slug}-sharing-bag/bagit.txt" in names
    assert not any(word.encode() in contents for word in SECRET_NAME.split())

    # Listed on the Exports page, and the job on the case's jobs page.
    me.go(f"/c/{case.slug}/exports/")
    expect(page.locator("#bag-exports")).to_contain_text("Commission of Inquiry")
    me.go(f"/c/{case.slug}/jobs/")
    expect(page.get_by_text("export-bag")).to_be_visible()
    assert me.problems == []
    me.close()

    # A viewer of the case has no Exports tab, and its address is not found.
    viewer = Session(browser, serial_live_server.url)
    viewer.log_in("colleague")
    viewer.go(f"/c/{case.slug}/")
    menu = viewer.page.get_by_role("navigation", name="Case")
    expect(menu.get_by_role("link", name="Persons")).to_be_visible()
    expect(menu.get_by_role("link", name="Exports")).to_have_count(0)
    for url in (f"/c/{case.slug}/exports/", f"/c/{case.slug}/exports/{job.pk}/",
                f"/c/{case.slug}/exports/{job.pk}/download/"):  # fmt: skip
        assert viewer.go(url).status == 404
    viewer.close()
