"""BagIt exports from the browser: the form starts an ``export-bag`` job, the finished bag is
one ZIP file served through the access check (owners only; 404 for everyone else), checked
against its SHA-256; a shared or published bag never holds a protected person's name."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import bagit
import pytest
from django.core.management import call_command
from django.test import Client

from rightsledger.jobs.lease import current
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute
from rightsledger.protection.actions import protect_person
from rightsledger.records.actions import create_person
from tests import factories

SECRET_NAME = "Zərifə Məmmədova"


@pytest.fixture(autouse=True)
def exports_dir(settings: Any, tmp_path: Path) -> Path:
    settings.EXPORTS_DIR = tmp_path / "exports"
    return Path(settings.EXPORTS_DIR)


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def run(job: Job) -> Job:
    """Run a queued job here, as a worker would."""
    if job.status == Job.Status.QUEUED:
        execute(job.pk, task_id=job.task_id, runner=current())
    job.refresh_from_db()
    return job


def make_bag(client: Client, slug: str, **form: str) -> Job:
    answer = client.post(f"/c/{slug}/exports/", form)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    job = Job.objects.get(pk=int(answer["Location"].rstrip("/").rsplit("/", 1)[1]))
    assert answer["Location"] == f"/c/{slug}/jobs/{job.pk}/"
    return run(job)


def unpacked(data: bytes, into: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
        assert len(tops) == 1  # one top-level directory: the bag (RFC 8493 §4)
        archive.extractall(into)
    return into / tops.pop()


def test_it_works(case: Any, owner: Any, tmp_path: Path, exports_dir: Path) -> None:
    factories.involvement(case, owner)
    factories.evidence_item(case, owner)
    web = client_for(owner)
    page = web.get(f"/c/{case.slug}/exports/")
    assert page.status_code == 200
    assert b'id="bag-export-form"' in page.content
    assert f'href="/c/{case.slug}/exports/"'.encode() in page.content  # in the case's menu
    job = make_bag(web, case.slug, purpose="internal", recipient="")
    assert job.status == Job.Status.DONE, job.message
    assert job.parameters["download"] is True
    # The job's page sends the reader on to the bag's own page once it is done.
    follow = web.get(f"/c/{case.slug}/jobs/{job.pk}/")
    assert follow["Location"] == f"/c/{case.slug}/exports/{job.pk}/"
    detail = web.get(follow["Location"])
    assert job.result["sha256"] in detail.content.decode()
    download = web.get(f"/c/{case.slug}/exports/{job.pk}/download/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert f"{case.slug}-internal-bag-{job.pk}.zip" in download["Content-Disposition"]
    data = b"".join(download.streaming_content)  # type: ignore[attr-defined]
    assert hashlib.sha256(data).hexdigest() == job.result["sha256"]
    bag = bagit.Bag(str(unpacked(data, tmp_path / "unpacked")))
    bag.validate()
    assert bag.info["Rightsledger-Purpose"] == "internal"
    # Only the ZIP is kept: the unpacked copy of the record is gone.
    kept = [p for p in exports_dir.rglob("*") if p.is_file()]
    assert kept == [Path(job.result["archive"])]
    listing = web.get(f"/c/{case.slug}/exports/").content.decode()
    assert f"/c/{case.slug}/exports/{job.pk}/" in listing


def test_it_validates_ownership(case: Any, owner: Any, viewer: Any, analyst: Any,
                                stranger: Any) -> None:  # fmt: skip
    job = make_bag(client_for(owner), case.slug, purpose="publication", recipient="")
    assert job.status == Job.Status.DONE, job.message
    urls = [f"/c/{case.slug}/exports/", f"/c/{case.slug}/exports/{job.pk}/",
            f"/c/{case.slug}/exports/{job.pk}/download/"]  # fmt: skip
    for user in (viewer, analyst, stranger):
        web = client_for(user)
        for url in urls:
            assert web.get(url).status_code == 404, (user.username, url)
        assert web.post(urls[0], {"purpose": "internal"}).status_code == 404
        menu = web.get(f"/c/{case.slug}/jobs/")
        assert f'href="/c/{case.slug}/exports/"'.encode() not in menu.content
    assert Job.objects.filter(kind="export-bag").count() == 1  # nobody else started one
    anonymous = Client().get(urls[2])
    assert anonymous.status_code == 302  # to the login page


def test_it_validates_the_form(case: Any, owner: Any) -> None:
    web = client_for(owner)
    answer = web.post(f"/c/{case.slug}/exports/", {"purpose": "sharing", "recipient": " "})
    assert answer.status_code == 200
    assert "A bag for sharing names its recipient." in answer.content.decode()
    answer = web.post(f"/c/{case.slug}/exports/", {"purpose": "everything"})
    assert answer.status_code == 200
    assert not Job.objects.filter(kind="export-bag").exists()


def test_a_published_bag_never_holds_a_protected_name(case: Any, owner: Any,
                                                       tmp_path: Path) -> None:  # fmt: skip
    person = create_person(case=case, acting_user=owner, names=[{"value": SECRET_NAME}])
    protect_person(person, category="witness", acting_user=owner)
    factories.evidence_item(case, owner, data=f"Statement of {SECRET_NAME}\n".encode())
    web = client_for(owner)
    job = make_bag(web, case.slug, purpose="sharing", recipient="UN Commission of Inquiry",
                   require_consent="on")  # fmt: skip
    assert job.status == Job.Status.DONE, job.message
    assert job.parameters["require_consent"] is True
    data = b"".join(web.get(f"/c/{case.slug}/exports/{job.pk}/download/").streaming_content)  # type: ignore[attr-defined]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
        export = json.loads(next(archive.read(n) for n in archive.namelist()
                                 if n.endswith("/data/export.json")))  # fmt: skip
    for word in SECRET_NAME.split():
        assert word.encode() not in contents
        assert json.dumps(word).strip('"').encode() not in contents
    assert person.pk in export["redacted_persons"]
    assert export["recipient"] == "UN Commission of Inquiry"


def test_a_kept_file_that_changed_is_not_served(case: Any, owner: Any) -> None:
    web = client_for(owner)
    job = make_bag(web, case.slug, purpose="publication", recipient="")
    path = Path(job.result["archive"])
    path.chmod(0o600)
    with path.open("ab") as handle:
        handle.write(b"tampered")
    answer = web.get(f"/c/{case.slug}/exports/{job.pk}/download/")
    assert answer.status_code == 500
    assert b"no longer matches its SHA-256" in answer.content


def test_a_bag_written_by_the_command_is_listed_not_served(case: Any, owner: Any,
                                                           tmp_path: Path) -> None:  # fmt: skip
    call_command("export", "bag", "--case", case.slug, str(tmp_path / "bag"), "--as", "owner")
    job = Job.objects.get(kind="export-bag")
    web = client_for(owner)
    listing = web.get(f"/c/{case.slug}/exports/").content.decode()
    assert "written by the command line on the server" in listing
    assert web.get(f"/c/{case.slug}/exports/{job.pk}/download/").status_code == 404
