"""The list preview is read by the job runner, never in the web request that shows it."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from rightsledger.jobs.models import Job
from rightsledger.registry import previewing
from rightsledger.registry.models import SourceRecord
from tests.registry.test_list_bombs import HEADER, cell, row, write_ods

pytestmark = pytest.mark.django_db(transaction=True)


def upload(client: Client, case: Any, path: Path) -> str:
    with path.open("rb") as handle:
        response = client.post(f"/c/{case.slug}/registry/import/",
                               {"source_title": "Committee", "file": handle, "reliability": "C"})  # fmt: skip
    assert response.status_code == 302
    return str(response["Location"])


def shown_when_read(client: Client, url: str) -> Any:
    """GET the confirm page until the preview is there (it answers 202 meanwhile)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        response = client.get(url)
        if response.status_code != 202:
            return response
        time.sleep(0.1)
    raise AssertionError("the preview was never read")


def test_the_preview_is_read_by_the_job_runner(
    case: Any,
    owner: Any,
    tmp_path: Path,
    settings: Any,
    monkeypatch: pytest.MonkeyPatch,
    job_worker: None,
) -> None:
    settings.HOME = tmp_path
    readers: list[str] = []
    original = previewing.read_preview

    def recording(*args: Any, **kwargs: Any) -> Any:
        readers.append(threading.current_thread().name)
        time.sleep(0.3)  # long enough for the first page to come while it reads
        return original(*args, **kwargs)

    monkeypatch.setattr(previewing, "read_preview", recording)
    client = Client()
    client.force_login(owner)
    path = tmp_path / "committee.csv"
    path.write_text("full_name,status\nƏliyev Rauf,killed\nQasımov Elçin,missing\n",
                    encoding="utf-8")  # fmt: skip
    confirm_url = upload(client, case, path)
    first = client.get(confirm_url)
    assert first.status_code == 202
    assert "Reading the list" in first.content.decode()
    page = shown_when_read(client, confirm_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Əliyev Rauf" in html
    assert readers
    assert all(name.startswith("rightsledger-job") for name in readers)
    assert Job.objects.filter(kind="preview-list", status="done").count() == 1
    # Showing the page again reads nothing again.
    client.get(confirm_url)
    assert len(readers) == 1
    # And the import still goes on from the preview.
    token = re.search(r'name="token" value="(\w+)"', html).group(1)  # type: ignore[union-attr]
    done = client.post(confirm_url.split("?")[0], {"token": token, "col_full_name": "full_name",
                                                   "col_status": "status"})  # fmt: skip
    assert done.status_code == 302
    job = Job.objects.get(kind="import-list")
    deadline = time.monotonic() + 60
    while job.status not in {"done", "failed"} and time.monotonic() < deadline:
        time.sleep(0.1)
        job.refresh_from_db()
    assert job.status == "done", job.message
    assert SourceRecord.objects.filter(case=case).count() == 2


@pytest.mark.parametrize(
    ("dates", "said"),
    [
        (("04/14/1994", "03/02/1994"), "read month first"),
        (("14/04/1994", "03/02/1994"), "read day first"),
        (("14.04.1994", ""), "read day first"),
    ],
)
def test_the_preview_says_in_which_order_the_list_writes_its_dates(
    case: Any, owner: Any, tmp_path: Path, settings: Any, job_worker: None,
    dates: tuple[str, str], said: str,
) -> None:  # fmt: skip
    settings.HOME = tmp_path
    client = Client()
    client.force_login(owner)
    path = tmp_path / "ngo.csv"
    path.write_text("full_name,event_date,status\n"
                    f"Hasanov Ramil,{dates[0]},killed\nGuliyeva Sevinj,{dates[1]},missing\n",
                    encoding="utf-8")  # fmt: skip
    page = shown_when_read(client, upload(client, case, path))
    said_there = re.search(r'<p id="date-order">(.*?)</p>', page.content.decode())
    assert said_there is not None
    assert said in said_there.group(1)


def test_a_bomb_fails_its_job_and_the_page_says_why(
    case: Any, owner: Any, tmp_path: Path, settings: Any, job_worker: None
) -> None:
    settings.HOME = tmp_path
    client = Client()
    client.force_login(owner)
    bomb = write_ods(tmp_path / "bomb.ods", HEADER,
                     row(cell("1"), cell("Əliyev Rauf"), repeat=2_000_000))  # fmt: skip
    started = time.monotonic()
    confirm_url = upload(client, case, bomb)
    assert client.get(confirm_url).status_code == 202
    assert time.monotonic() - started < 5
    page = shown_when_read(client, confirm_url)
    assert page.status_code == 400
    assert "repeats its content" in page.content.decode()


def test_a_stranger_cannot_start_or_see_a_preview(
    case: Any, owner: Any, stranger: Any, tmp_path: Path, settings: Any
) -> None:
    settings.HOME = tmp_path
    owner_client, stranger_client = Client(), Client()
    owner_client.force_login(owner)
    stranger_client.force_login(stranger)
    path = tmp_path / "list.csv"
    path.write_text("full_name\nƏliyev Rauf\n", encoding="utf-8")
    confirm_url = upload(owner_client, case, path)
    assert stranger_client.get(confirm_url).status_code == 404
    assert not Job.objects.exists()
