"""The missing pages: owners write through the forms, viewers read without ante-mortem data,
strangers get 404 on every page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from rightsledger.missing import actions
from rightsledger.missing.models import (
    BurialSite,
    DnaMatchReport,
    Identification,
    RemainsCase,
    SiteStatusChange,
)
from rightsledger.records import models as rm
from tests.missing.conftest import Scene
from tests.web.conftest import web_client


def page_urls(scene: Scene, identification: Identification) -> list[str]:
    base = f"/c/{scene.case.slug}/missing/"
    return [
        base, f"{base}?event={scene.event.pk}", f"{base}figures/still_missing/",
        f"{base}figures/remains_recovered/", f"{base}files/{scene.file.pk}/",
        f"{base}sites/", f"{base}sites/geojson/", f"{base}sites/{scene.site.pk}/",
        f"{base}remains/{scene.remains.pk}/", f"{base}identifications/{identification.pk}/",
    ]  # fmt: skip


def change_urls(scene: Scene, identification: Identification) -> list[str]:
    base = f"/c/{scene.case.slug}/missing/"
    return [
        f"{base}files/new/?person={scene.captive.pk}", f"{base}files/{scene.file.pk}/edit/",
        f"{base}files/{scene.file.pk}/relatives/new/", f"{base}files/{scene.file.pk}/attach/",
        f"{base}sites/new/", f"{base}sites/{scene.site.pk}/edit/",
        f"{base}sites/{scene.site.pk}/status/", f"{base}sites/{scene.site.pk}/attach/",
        f"{base}remains/new/", f"{base}remains/{scene.remains.pk}/edit/",
        f"{base}remains/{scene.remains.pk}/samples/new/",
        f"{base}remains/{scene.remains.pk}/reports/new/",
        f"{base}remains/{scene.remains.pk}/candidates/",
        f"{base}remains/{scene.remains.pk}/identify/",
        f"{base}identifications/{identification.pk}/lines/new/",
        f"{base}identifications/{identification.pk}/confirm/",
    ]  # fmt: skip


@pytest.fixture
def identification(scene: Scene, owner: Any) -> Identification:
    return actions.propose_identification(remains=scene.remains, person=scene.missing,
                                          acting_user=owner,
                                          lines=[{"kind": "dna", "dna_report": scene.report}])  # fmt: skip


def test_owner_reads_every_page(scene: Scene, owner: Any, identification: Identification) -> None:
    client = web_client(owner)
    for url in page_urls(scene, identification) + change_urls(scene, identification):
        response = client.get(url)
        assert response.status_code == 200, url
    overview = client.get(f"/c/{scene.case.slug}/missing/").content.decode()
    assert 'data-figure="still_missing"' in overview
    assert "gold crown" in client.get(f"/c/{scene.case.slug}/missing/files/{scene.file.pk}/"
                                      ).content.decode()  # fmt: skip


def test_stranger_gets_404_everywhere(scene: Scene, stranger: Any,
                                      identification: Identification) -> None:  # fmt: skip
    client = web_client(stranger)
    for url in page_urls(scene, identification) + change_urls(scene, identification):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "x"}).status_code == 404, url
    assert BurialSite.objects.count() == 1


def test_viewer_reads_without_ante_mortem_data_and_cannot_change(
    scene: Scene, viewer: Any, identification: Identification
) -> None:
    client = web_client(viewer)
    for url in page_urls(scene, identification):
        assert client.get(url).status_code == 200, url
    for url in change_urls(scene, identification):
        assert client.get(url).status_code == 404, url
    file_page = client.get(f"/c/{scene.case.slug}/missing/files/{scene.file.pk}/").content
    assert b"gold crown" not in file_page
    assert b"REF-0001" not in file_page
    assert b"Quliyeva Z" not in file_page


def test_figures_drill_down_to_their_persons(scene: Scene, owner: Any) -> None:
    client = web_client(owner)
    page = client.get(f"/c/{scene.case.slug}/missing/figures/reported_missing/").content.decode()
    assert "Quliyev Samir" in page
    assert "Nəbiyeva Sevda" in page
    assert "Orucov Fuad" not in page  # captured, not reported missing
    remains = client.get(f"/c/{scene.case.slug}/missing/figures/remains_recovered/").content
    assert b"LK-1-001" in remains
    assert client.get(f"/c/{scene.case.slug}/missing/figures/killed/").status_code == 404


def test_recording_a_site_with_a_bad_area_saves_nothing(scene: Scene, owner: Any) -> None:
    client = web_client(owner)
    response = client.post(f"/c/{scene.case.slug}/missing/sites/new/", {
        "name": "Ravine", "kind": "surface_scatter", "how_found": "survey", "precision": "1km",
        "area": "[[46.7, 40.1]]",
    })  # fmt: skip
    assert response.status_code == 400
    assert not BurialSite.objects.filter(name="Ravine").exists()
    response = client.post(f"/c/{scene.case.slug}/missing/sites/new/", {
        "name": "Ravine", "kind": "surface_scatter", "how_found": "survey", "precision": "1km",
        "latitude": "40.3", "longitude": "46.8", "reported_on": "2005-04-01", "team": "Team B",
    })  # fmt: skip
    site = BurialSite.objects.get(name="Ravine")
    assert response.status_code == 302
    status = SiteStatusChange.objects.get(site=site)
    assert (status.status, status.date, status.team) == ("reported", dt.date(2005, 4, 1), "Team B")


def test_a_lab_report_uploaded_with_the_form(scene: Scene, owner: Any) -> None:
    client = web_client(owner)
    url = f"/c/{scene.case.slug}/missing/remains/{scene.remains.pk}/reports/new/"
    data = {
        "report_number": "LAB-7", "laboratory": "Regional DNA laboratory",
        "report_date": "2004-09-03", "sample": scene.sample.pk, "file": scene.file.pk,
        "donors": [scene.mother.pk], "likelihood_ratio": "1e8", "conclusion": "match",
    }  # fmt: skip
    missing_file = client.post(url, data)
    assert missing_file.status_code == 400
    assert b"Choose a file" in missing_file.content
    upload = SimpleUploadedFile("lab-7.txt", b"LAB-7: match, LR 1e8\n", "text/plain")
    response = client.post(url, {**data, "upload": upload})
    assert response.status_code == 302, response.content
    report = DnaMatchReport.objects.get(report_number="LAB-7")
    assert report.report_item.original_name == "lab-7.txt"
    assert list(report.donors.values_list("donor_id", flat=True)) == [scene.mother.pk]


def test_confirming_in_the_browser_moves_still_missing(scene: Scene, owner: Any,
                                                      identification: Identification) -> None:  # fmt: skip
    client = web_client(owner)
    base = f"/c/{scene.case.slug}/missing/"
    before = client.get(base).context["figures"]
    response = client.post(f"{base}identifications/{identification.pk}/confirm/", {})
    assert response.status_code == 302
    after = client.get(base).context["figures"]
    counts = {row.key: (b.count, row.count) for b, row in zip(before, after, strict=True)}
    assert counts["still_missing"] == (3, 2)
    assert counts["identified"] == (0, 1)
    assert rm.StatusRecord.objects.filter(person=scene.missing, status="identified").exists()


def test_candidates_rank_the_true_person_first(scene: Scene, owner: Any) -> None:
    page = web_client(owner).get(
        f"/c/{scene.case.slug}/missing/remains/{scene.remains.pk}/candidates/"
    )
    ranked = page.context["candidates"]
    assert ranked[0].person == scene.missing
    texts = [text for text, _points in ranked[0].reasons]
    assert "sex agrees with the estimate" in texts
    assert any(t.startswith("aged 31 when last seen, within the estimated 25–40") for t in texts)
    assert any("km from the site" in t for t in texts)
    other = next(c for c in ranked if c.person == scene.other)
    assert other.score < ranked[0].score
    assert any("differs" in t for t, _p in other.reasons)


def test_remains_case_tags_are_unique(scene: Scene, owner: Any) -> None:
    client = web_client(owner)
    response = client.post(
        f"/c/{scene.case.slug}/missing/remains/new/",
        {"tag": "LK-1-001", "condition": "fragments", "estimated_sex": "undetermined"},
    )
    assert response.status_code == 400
    assert RemainsCase.objects.count() == 1


def test_the_person_page_links_to_the_file_or_opens_one(scene: Scene, owner: Any,
                                                        viewer: Any) -> None:  # fmt: skip
    client = web_client(owner)
    page = client.get(f"/c/{scene.case.slug}/persons/{scene.missing.pk}/").content.decode()
    assert f"/missing/files/{scene.file.pk}/" in page
    captive = client.get(f"/c/{scene.case.slug}/persons/{scene.captive.pk}/").content.decode()
    assert f"/missing/files/new/?person={scene.captive.pk}" in captive
    response = client.post(f"/c/{scene.case.slug}/missing/files/new/?person={scene.captive.pk}",
                           {"last_seen_date": "2001-03-05", "last_seen_precision": "day",
                            "height_min_cm": "170", "height_max_cm": "175"})  # fmt: skip
    assert response.status_code == 302
    assert scene.captive.missing_file.height_max_cm == 175
    seen = web_client(viewer).get(f"/c/{scene.case.slug}/persons/{scene.other.pk}/").content
    assert b"/missing/files/" in seen
    assert b"files/new" not in seen
