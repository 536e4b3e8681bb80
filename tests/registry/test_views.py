"""The registry in the browser: figures drill down, import with preview, review, estimates."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from rightsledger.jobs.models import Job
from rightsledger.registry.models import (
    LinkageRun,
    MatchDecision,
    ReviewPair,
    SourceRecord,
    StoredEstimate,
)
from tests.registry.test_preview_job import shown_when_read
from tests.registry.test_stats import load


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_overview_figures_link_to_their_persons(case: Any, owner: Any, viewer: Any,
                                                tmp_path: Path) -> None:  # fmt: skip
    load(case, owner, tmp_path)
    page = client_for(viewer).get(f"/c/{case.slug}/registry/")
    assert page.status_code == 200
    html = page.content.decode()
    killed = re.search(r'data-figure="killed">.*?class="figure-count">(\d+)<', html, re.S)
    assert killed is not None
    assert killed.group(1) == "3"
    drill = client_for(viewer).get(f"/c/{case.slug}/registry/figures/killed/")
    assert drill.status_code == 200
    body = drill.content.decode()
    for name in ("Woman Killed", "Child Killed", "Old Man"):
        assert name in body
    assert "Captive Lost" not in body
    assert "A.csv:" in body  # each record names the file and row it came from


def test_strangers_get_404_and_viewers_cannot_change(case: Any, owner: Any, viewer: Any,
                                                     stranger: Any, tmp_path: Path) -> None:  # fmt: skip
    load(case, owner, tmp_path)
    stranger_client, viewer_client = client_for(stranger), client_for(viewer)
    for url in ["registry/", "registry/figures/killed/", "registry/review/", "figures/",
                "registry/estimates/", "registry/import/"]:  # fmt: skip
        assert stranger_client.get(f"/c/{case.slug}/{url}").status_code == 404
    assert viewer_client.get(f"/c/{case.slug}/registry/import/").status_code == 404
    assert viewer_client.post(f"/c/{case.slug}/registry/link/").status_code == 404
    assert viewer_client.post(f"/c/{case.slug}/registry/estimates/",
                              {"method": "loglinear"}).status_code == 404  # fmt: skip
    assert Job.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_import_previews_then_imports(
    case: Any, owner: Any, tmp_path: Path, settings: Any, job_worker: None
) -> None:
    settings.HOME = tmp_path
    client = client_for(owner)
    csv_bytes = "№;Фамилия;Имя;Судьба\n1;Гусейнов;Рауф;погиб\n2;Алиева;Севиль;в плену\n".encode(
        "cp1251"
    )
    upload = tmp_path / "committee.csv"
    upload.write_bytes(csv_bytes)
    from tests.factories import event as make_event

    documented_event = make_event(case, owner)
    with upload.open("rb") as handle:
        response = client.post(f"/c/{case.slug}/registry/import/",
                               {"source_title": "Refugee committee", "file": handle,
                                "reliability": "B", "event": documented_event.pk})  # fmt: skip
    assert response.status_code == 302
    # The preview is read by the job runner; the page answers 202 until it is there.
    confirm = shown_when_read(client, response["Location"])
    html = confirm.content.decode()
    assert "cp1251" in html
    assert "Гусейнов" in html
    assert SourceRecord.objects.count() == 0  # nothing written before confirmation
    token = re.search(r'name="token" value="(\w+)"', html).group(1)  # type: ignore[union-attr]
    # Each column to choose is named in words, its key beside it for mapping files.
    assert "Given name (given_name)" in html
    # Without a name column the import is refused on the spot.
    refused = client.post(confirm.wsgi_request.path, {"token": token})
    assert refused.status_code == 200
    assert "Choose the column holding the names" in refused.content.decode()
    done = client.post(confirm.wsgi_request.path, {"token": token, "col_record_id": "№",
                                                   "col_surname": "Фамилия", "col_given_name": "Имя",
                                                   "col_status": "Судьба"})  # fmt: skip
    assert done.status_code == 302
    job = Job.objects.get(kind="import-list")
    deadline = time.monotonic() + 60
    while job.status not in {"done", "failed"} and time.monotonic() < deadline:
        time.sleep(0.1)
        job.refresh_from_db()
    assert job.status == "done", job.message
    records = {r.record_id: r for r in SourceRecord.objects.filter(case=case)}
    assert records["1"].surname == "Гусейнов"
    assert records["1"].status == "killed"
    assert records["2"].status == "captured"
    assert not (tmp_path / "uploads" / token).exists()
    # The list is a source graded as chosen, and its rows are victims of the chosen event.
    assert records["1"].source.reliability == "B"  # type: ignore[union-attr]
    person = records["1"].person
    assert person is not None
    assert person.involvements.get().act.event_id == documented_event.pk


def test_review_decision_is_recorded(case: Any, owner: Any, tmp_path: Path) -> None:
    load(case, owner, tmp_path)
    a, b = SourceRecord.objects.filter(case=case).values_list("pk", flat=True)[:2]
    response = client_for(owner).post(f"/c/{case.slug}/registry/review/",
                                      {"record_a": a, "record_b": b, "verdict": "non_match"})  # fmt: skip
    assert response.status_code == 302
    assert MatchDecision.objects.get().verdict == "non_match"


def test_review_queue_names_the_rows_fields_in_words(case: Any, owner: Any, tmp_path: Path,
                                                     ) -> None:  # fmt: skip
    load(case, owner, tmp_path)
    a, b = sorted(SourceRecord.objects.filter(case=case).values_list("pk", flat=True)[:2])
    ReviewPair.objects.create(case=case, run=LinkageRun.objects.create(case=case), record_a_id=a,
                              record_b_id=b, match_probability=0.6, match_weight=0.5)  # fmt: skip
    page = client_for(owner).get(f"/c/{case.slug}/registry/review/")
    headers = re.findall(r'<th scope="row">([^<]*)</th>', page.content.decode())
    assert "Record number" in headers
    assert not [h for h in headers if "_" in h], headers  # no column key such as given_name
    web = client_for(owner)
    web.cookies["django_language"] = "ru"
    russian = web.get(f"/c/{case.slug}/registry/review/").content.decode()
    headers_ru = set(re.findall(r'<th scope="row">([^<]*)</th>', russian))
    assert "Номер записи" in headers_ru
    assert not headers_ru & set(headers), headers_ru  # every field's name in Russian


def test_estimate_page_shows_the_stored_estimate(case: Any, owner: Any, analyst: Any,
                                                 tmp_path: Path) -> None:  # fmt: skip
    load(case, owner, tmp_path)
    from rightsledger.registry.estimating import estimate_case

    stored = estimate_case(case=case, options={"method": "loglinear"}, acting_user=analyst)
    page = client_for(analyst).get(f"/c/{case.slug}/registry/estimates/{stored.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert f"{stored.estimate:.0f}" in html.replace(",", "")
    assert 'id="capture-history"' in html
    assert StoredEstimate.objects.count() == 1
