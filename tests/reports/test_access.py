"""Strangers get 404 for case files; a file that may show protected data is its makers'."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from rightsledger.jobs.models import Job
from rightsledger.reports.models import Report
from tests.reports.conftest import client_for, load_demo_case


def test_the_case_file_button_makes_keeps_and_serves_the_file(owner: Any, viewer: Any,
                                                              stranger: Any) -> None:  # fmt: skip
    case = load_demo_case(owner)
    from rightsledger.cases.actions import set_membership
    from rightsledger.cases.roles import Role

    set_membership(case=case, user=viewer, role=Role.VIEWER, acting_user=owner)
    owner_client = client_for(owner)
    page = owner_client.get(f"/c/{case.slug}/reports/")
    assert page.status_code == 200
    assert b'id="make-case-file"' in page.content
    answer = owner_client.post(f"/c/{case.slug}/reports/", {
        "event": "", "format": "pdf", "purpose": "publication", "recipient": "",
        "language": "ru"})  # fmt: skip
    assert answer.status_code == 302
    job = Job.objects.get(case=case, kind="case-file")
    from rightsledger.jobs.lease import current
    from rightsledger.jobs.runner import execute

    if job.status != Job.Status.DONE:  # queued for a worker: run it here
        execute(job.pk, task_id=job.task_id, runner=current())
        job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.message
    report = Report.objects.get(case=case)
    assert (report.purpose, report.language, report.discloses_identities) == (
        "publication", "ru", False)  # fmt: skip
    listed = client_for(viewer).get(f"/c/{case.slug}/reports/")
    assert report.sha256[:12] in listed.content.decode()
    assert b'id="make-case-file"' not in listed.content  # viewers read, they do not make
    download = client_for(viewer).get(f"/c/{case.slug}/reports/{report.pk}/download/")
    assert download.status_code == 200
    import hashlib

    assert hashlib.sha256(b"".join(download.streaming_content)).hexdigest() == report.sha256  # type: ignore[attr-defined]
    for url in (f"/c/{case.slug}/reports/", f"/c/{case.slug}/reports/{report.pk}/",
                f"/c/{case.slug}/reports/{report.pk}/download/"):  # fmt: skip
        assert client_for(stranger).get(url).status_code == 404
    assert client_for(stranger).post(f"/c/{case.slug}/reports/", {}).status_code == 404
    assert client_for(viewer).post(f"/c/{case.slug}/reports/", {}).status_code == 404


def test_an_internal_file_of_an_owner_is_not_served_to_a_viewer(owner: Any, viewer: Any) -> None:
    from rightsledger.cases.actions import set_membership
    from rightsledger.cases.roles import Role
    from rightsledger.reports.actions import make_report

    case = load_demo_case(owner)
    set_membership(case=case, user=viewer, role=Role.VIEWER, acting_user=owner)
    report = make_report(case, owner)
    assert report.discloses_identities
    assert client_for(owner).get(f"/c/{case.slug}/reports/{report.pk}/").status_code == 200
    assert client_for(viewer).get(f"/c/{case.slug}/reports/{report.pk}/").status_code == 404
    assert client_for(viewer).get(
        f"/c/{case.slug}/reports/{report.pk}/download/").status_code == 404  # fmt: skip


def test_the_command_goes_through_the_access_check(owner: Any, stranger: Any,
                                                   tmp_path: Path) -> None:  # fmt: skip
    case = load_demo_case(owner)
    target = tmp_path / "file.pdf"
    with pytest.raises(CommandError, match="no case"):
        call_command("report", "--case", case.slug, "--as", stranger.username,
                     "--output", str(target))  # fmt: skip
    assert not target.exists()
    out = StringIO()
    call_command("report", "--case", case.slug, "--as", owner.username, "--format", "html",
                 "--output", str(target), stdout=out)  # fmt: skip
    assert "SHA-256" in out.getvalue()
    assert target.read_bytes().startswith(b"<!doctype html>")
    with pytest.raises(CommandError, match="no event"):
        call_command("report", "--case", case.slug, "--as", owner.username, "--event", "999999",
                     "--output", str(target))  # fmt: skip
