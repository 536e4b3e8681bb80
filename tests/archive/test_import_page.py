"""Importing a case from a bag in the browser: anyone signed in may (as anyone may open a
case); the ZIP file is looked at in the request — a file that is not a bag's ZIP, or too large,
is named on the page and nothing is kept or written — then an ``import-bag`` job restores it,
and its page, seen by its starter alone until it has its case, leads to the case. The ZIP the
Exports tab gives comes back as the same record."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from rightsledger.archive.bag import export_bag
from rightsledger.archive.downloads import pack
from rightsledger.cases.actions import create_case
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.jobs.lease import Runner
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import execute
from rightsledger.staging import upload_dir
from tests import factories
from tests.archive.test_import import exported
from tests.archive.test_import_job import database_state, files_in
from tests.web.conftest import web_client

URL = "/cases/import/"


@pytest.fixture(autouse=True)
def home(settings: Any, tmp_path: Path) -> Path:
    """Uploads and exports of this test only, and an empty store for the import to fill."""
    settings.HOME = tmp_path / "home"
    settings.EXPORTS_DIR = tmp_path / "exports"
    return Path(settings.HOME)


@pytest.fixture
def bag_zip(settings: Any, tmp_path: Path) -> tuple[bytes, dict[str, Any]]:
    """The ZIP file of an internal bag (packed as the Exports tab packs it) of a case the
    database no longer holds; the import then writes to a store of its own."""
    path, facts = exported(tmp_path / "made")
    data = pack(path).path.read_bytes()
    settings.EVIDENCE_DIR = tmp_path / "store"
    return data, facts


def send(client: Client, data: bytes, name: str = "hillside-bag.zip", **extra: Any) -> Any:
    return client.post(URL, {"bag": SimpleUploadedFile(name, data, "application/zip"), **extra})


def a_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def run(job: Job) -> Job:
    """Run the queued job here, as a worker would."""
    outcome = execute(job.pk, task_id=job.task_id, runner=Runner(hard_stop=False))
    assert outcome in {"done", "failed"}
    job.refresh_from_db()
    return job


def submitted(response: Any) -> Job:
    assert response.status_code == 302, response.content.decode()[-3000:]
    job = Job.objects.get(kind="import-bag")
    assert response["Location"] == f"/jobs/{job.pk}/"
    return job


def nothing_kept(before: Any) -> None:
    assert database_state() == before
    assert not Job.objects.exists()
    assert not (upload_dir().exists() and any(upload_dir().iterdir()))


def test_it_works(
    owner: Any, stranger: Any, bag_zip: tuple[bytes, dict[str, Any]], tmp_path: Path
) -> None:
    data, facts = bag_zip
    web = web_client(owner)
    home_page = web.get("/").content.decode()
    assert f'href="{URL}"' in home_page
    assert "Import a case from a bag" in home_page
    page = web.get(URL)
    assert page.status_code == 200
    assert b'id="bag-import-form"' in page.content

    job = submitted(send(web, data))
    assert (job.case, job.created_by, job.status) == (None, owner, Job.Status.QUEUED)
    # Until it has its case, its page is its starter's alone.
    waiting = web.get(f"/jobs/{job.pk}/")
    assert waiting.status_code == 200
    assert b'data-status="queued"' in waiting.content
    assert web_client(stranger).get(f"/jobs/{job.pk}/").status_code == 404
    assert web_client(stranger).post(f"/jobs/{job.pk}/cancel/").status_code == 404
    assert Client().get(f"/jobs/{job.pk}/").status_code == 302  # to the login page

    job = run(job)
    assert job.status == Job.Status.DONE, job.message
    case = Case.objects.get(slug=facts["slug"])
    assert (job.case, case.pk) == (case, facts["case"])
    assert Membership.objects.get(case=case, user=owner).role == "owner"
    assert files_in(tmp_path / "store" / "objects")  # the evidence file, from the bag
    assert not any(upload_dir().iterdir())  # the upload is gone once imported
    # The page follows the job to the case's job page, then to the import's, which leads to
    # the case.
    to_case_job = web.get(f"/jobs/{job.pk}/")
    assert to_case_job["Location"] == f"/c/{case.slug}/jobs/{job.pk}/"
    to_result = web.get(to_case_job["Location"])
    assert to_result["Location"] == f"/c/{case.slug}/imported/{job.pk}/"
    result = web.get(to_result["Location"]).content.decode()
    assert f'id="imported-case" href="/c/{case.slug}/"' in result
    assert "hillside-bag.zip" in result
    for url in (f"/jobs/{job.pk}/", f"/c/{case.slug}/jobs/{job.pk}/",
                f"/c/{case.slug}/imported/{job.pk}/"):  # fmt: skip
        assert web_client(stranger).get(url).status_code == 404


def test_it_requires_a_signed_in_user(db: None, bag_zip: tuple[bytes, dict[str, Any]]) -> None:
    anonymous = Client()
    assert anonymous.get(URL)["Location"].startswith("/login/")
    answer = send(anonymous, bag_zip[0])
    assert answer.status_code == 302
    assert answer["Location"].startswith("/login/")
    assert not Job.objects.exists()


def test_it_only_accepts_a_bag_of_the_whole_record(owner: Any, tmp_path: Path) -> None:
    web = web_client(owner)
    shared, _facts = exported(tmp_path / "shared", purpose="publication")
    refusals = {
        "This is not a ZIP file": b"not a zip at all",
        "The ZIP file is empty": a_zip({}),
        "no bagit.txt": a_zip({"bag/data/export.json": b"{}"}),
        "not one folder": a_zip({"one/bagit.txt": b"", "two/bagit.txt": b""}),
        "names a place outside the bag": a_zip({"bag/../../etc/passwd": b"", "bag/x": b""}),
        "no payload manifest": a_zip({"bag/bagit.txt": b"", "bag/data/export.json": b"{}"}),
        "no data/export.json": a_zip({"bag/bagit.txt": b"", "bag/manifest-sha256.txt": b""}),
        "not a Rightsledger bag": a_zip({"bag/bagit.txt": b"", "bag/manifest-sha256.txt": b"",
                                         "bag/data/export.json": b'{"format": "other"}'}),
        "a publication export is redacted": pack(shared).path.read_bytes(),
    }  # fmt: skip
    before = database_state()
    for problem, data in refusals.items():
        answer = send(web, data)
        assert answer.status_code == 400, problem
        assert problem in answer.content.decode(), (problem, answer.content.decode()[-2000:])
    nothing_kept(before)


def test_an_oversized_file_is_named(
    owner: Any, settings: Any, bag_zip: tuple[bytes, dict[str, Any]]
) -> None:
    data, _facts = bag_zip
    web = web_client(owner)
    before = database_state()
    settings.BAG_UPLOAD_MAX_BYTES = len(data) - 1
    answer = send(web, data)
    assert answer.status_code == 400
    assert "a bag sent here may be at most" in answer.content.decode()
    settings.BAG_UPLOAD_MAX_BYTES = len(data)
    settings.BAG_MAX_UNPACKED_BYTES = 1024
    answer = send(web, data)
    assert answer.status_code == 400
    assert "more than the 1.0\xa0KB this installation accepts" in answer.content.decode()
    nothing_kept(before)


def test_a_request_past_the_pages_limit_is_refused_with_a_page(
    owner: Any, settings: Any, bag_zip: tuple[bytes, dict[str, Any]]
) -> None:
    # Past the request's own limit (the file and the form's framing) the body is never read:
    # a browser without JavaScript gets a page in its language naming the sizes, not JSON.
    data, _facts = bag_zip
    web = web_client(owner)
    before = database_state()
    settings.LARGE_UPLOAD_PATHS = {**settings.LARGE_UPLOAD_PATHS, URL: len(data) // 2}
    answer = web.post(URL, {"bag": SimpleUploadedFile("case.zip", data)},
                      HTTP_ACCEPT_LANGUAGE="ru", HTTP_REFERER="http://testserver" + URL)  # fmt: skip
    assert answer.status_code == 413
    assert answer["Content-Type"].startswith("text/html")
    page = answer.content.decode()
    assert "Файл слишком велик" in page
    assert "Ничего не сохранено" in page
    assert f'href="http://testserver{URL}"' in page  # back to the form
    nothing_kept(before)
    # Another site's address is no way back.
    answer = web.post(URL, {"bag": SimpleUploadedFile("case.zip", data)},
                      HTTP_REFERER="https://elsewhere.example/")  # fmt: skip
    assert answer.status_code == 413
    assert "elsewhere.example" not in answer.content.decode()
    # The API keeps answering in JSON.
    settings.MAX_REQUEST_BYTES = 10
    assert web.post("/api/events/", {"x": "y" * 20}).json()["detail"].startswith("The request")


def test_a_signed_bag_needs_the_key(owner: Any, bag_zip: tuple[bytes, dict[str, Any]]) -> None:
    data, _facts = bag_zip  # unsigned: a key would check nothing
    key = b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n"
    answer = send(web_client(owner), data,
                  trusted_key=SimpleUploadedFile("key.pem", key))  # fmt: skip
    assert answer.status_code == 400
    assert "is not signed: there is nothing for a key to check" in answer.content.decode()
    assert not Job.objects.exists()


def test_a_bag_refused_by_its_checks_fails_the_job_and_writes_nothing(
    owner: Any, bag_zip: tuple[bytes, dict[str, Any]], tmp_path: Path
) -> None:
    data, facts = bag_zip
    web = web_client(owner)
    before = database_state()
    # A file of the payload changed after the manifests were written: the ZIP looks right,
    # the bag's own digests (checked in the job) do not hold.
    altered = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(altered, "w") as out:
        for info in source.infolist():
            content = source.read(info)
            if info.filename.endswith("data/case.json"):
                content = content.replace(b"Hillside", b"Hilltop")
            out.writestr(info, content)
    job = run(submitted(send(web, altered.getvalue())))
    assert (job.status, job.case) == (Job.Status.FAILED, None)
    assert job.message.startswith("hillside-bag.zip is not a valid bag: Payload-Oxum")
    assert str(upload_dir()) not in job.message  # no place on the server is named
    assert database_state() == before
    assert not Case.objects.filter(slug=facts["slug"]).exists()
    assert files_in(tmp_path / "store") == []
    assert not any(upload_dir().iterdir())
    # Still its starter's page, saying why.
    page = web.get(f"/jobs/{job.pk}/").content.decode()
    assert 'data-status="failed"' in page
    assert "is not a valid bag" in page


def test_the_exports_tabs_zip_comes_back_as_the_same_record(
    owner: Any, settings: Any, tmp_path: Path
) -> None:
    web = web_client(owner)
    with transaction.atomic():
        point = transaction.savepoint()
        case = create_case(name="Inquiry into Tamarisk", owner=owner)
        factories.involvement(case, owner)
        factories.evidence_item(case, owner)
        slug, history = case.slug, list(HistoryEntry.objects.filter(case=case)
                                         .values_list("entry_hash", flat=True))  # fmt: skip
        made = web.post(f"/c/{case.slug}/exports/", {"purpose": "internal", "recipient": ""})
        export_job = Job.objects.get(pk=int(made["Location"].rstrip("/").rsplit("/", 1)[1]))
        assert run(export_job).status == Job.Status.DONE, export_job.message
        download = web.get(f"/c/{case.slug}/exports/{export_job.pk}/download/")
        data = b"".join(download.streaming_content)
        transaction.savepoint_rollback(point)
    assert not Case.objects.filter(slug=slug).exists()
    settings.EVIDENCE_DIR = tmp_path / "store"

    job = run(submitted(send(web, data, name=f"{slug}.zip")))
    assert job.status == Job.Status.DONE, job.message
    imported = Case.objects.get(slug=slug)
    assert list(HistoryEntry.objects.filter(case=imported)
                .values_list("entry_hash", flat=True)) == history  # fmt: skip
    again = export_bag(imported, tmp_path / "again", acting_user=owner).path
    with zipfile.ZipFile(io.BytesIO(data)) as first:
        for name in ("manifest-sha256.txt", "manifest-sha512.txt"):
            assert first.read(f"{slug}-internal-bag/{name}") == (again / name).read_bytes()


def test_its_starter_may_cancel_it_while_it_waits(
    owner: Any, stranger: Any, bag_zip: tuple[bytes, dict[str, Any]]
) -> None:
    web = web_client(owner)
    job = submitted(send(web, bag_zip[0]))
    assert web_client(stranger).post(f"/jobs/{job.pk}/cancel/").status_code == 404
    assert web.post(f"/jobs/{job.pk}/cancel/")["Location"] == f"/jobs/{job.pk}/"
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED
    assert not Case.objects.exists()
