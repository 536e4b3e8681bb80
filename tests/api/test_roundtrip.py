"""Create, read, update and delete through the API, each write leaving a history entry."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.cases.history import verify_chain
from rightsledger.cases.models import HistoryEntry
from tests.factories import ENDPOINTS, Endpoint


def history_count(case: Any) -> int:
    return HistoryEntry.objects.filter(case=case).count()


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.name for e in ENDPOINTS])
def test_round_trip(endpoint: Endpoint, case: Any, owner: Any, owner_client: APIClient) -> None:
    payload = endpoint.payload(case, owner)
    before = history_count(case)
    created = owner_client.post(f"/api/{endpoint.name}/", payload, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    for key, value in payload.items():
        if key not in {"names"}:
            assert body[key] == value, key
    url = f"/api/{endpoint.name}/{body['id']}/"
    assert history_count(case) > before
    entries = HistoryEntry.objects.filter(
        case=case,
        object_type=f"{endpoint.model._meta.app_label}.{endpoint.model._meta.model_name}",
        object_id=str(body["id"]),
    )
    entry = entries.get(action="create")
    assert entry.actor_name == owner.username

    updated = owner_client.patch(url, endpoint.update, format="json")
    assert updated.status_code == 200, updated.content
    for key, value in endpoint.update.items():
        assert owner_client.get(url).json()[key] == value
    change = entries.latest("sequence")
    assert change.action == "update"
    assert set(change.after) == set(endpoint.update)

    if not endpoint.deletable:
        refused = owner_client.delete(url)
        assert refused.status_code == 400
        assert refused.json()
        assert endpoint.model.objects.filter(pk=body["id"]).exists()
        assert list(verify_chain(f"case:{case.pk}")) == []
        return
    assert owner_client.delete(url).status_code == 204
    assert owner_client.get(url).status_code == 404
    assert not endpoint.model.objects.filter(pk=body["id"]).exists()
    deletion = entries.latest("sequence")
    assert deletion.action == "delete"
    assert deletion.before["id"] == body["id"]
    assert list(verify_chain(f"case:{case.pk}")) == []


def test_person_is_created_with_all_names(case: Any, owner_client: APIClient) -> None:
    payload = {
        "case": case.slug,
        "sex": "male",
        "names": [
            {"value": "Əliyev Həsən Əli oğlu", "kind": "full", "script": "Latn"},
            {"value": "Алиев Гасан Алиевич", "kind": "full", "script": "Cyrl"},
        ],
    }
    response = owner_client.post("/api/persons/", payload, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["display_name"] == "Əliyev Həsən Əli oğlu"
    assert [n["value"] for n in body["names"]] == [n["value"] for n in payload["names"]]


def test_person_list_filters_by_status_and_name_prefix(
    case: Any, owner: Any, owner_client: APIClient
) -> None:
    from tests.factories import involvement

    inv = involvement(case, owner)
    owner_client.post("/api/statuses/", {"case": case.slug, "involvement": inv.pk,
                                         "status": "killed"}, format="json")  # fmt: skip
    other = owner_client.post("/api/persons/", {"case": case.slug, "names": [
        {"value": "Rauf Hüseynov"}]}, format="json").json()  # fmt: skip
    killed = owner_client.get("/api/persons/", {"case": case.slug, "status": "killed"}).json()
    assert [p["id"] for p in killed["results"]] == [inv.person_id]
    # The prefix ignores case and diacritics.
    named = owner_client.get("/api/persons/", {"case": case.slug, "name": "rauf hus"}).json()
    assert [p["id"] for p in named["results"]] == [other["id"]]


def test_summary_counts_persons_by_status(case: Any, owner: Any, owner_client: APIClient) -> None:
    from tests.factories import involvement

    for status in ["killed", "killed", "injured"]:
        inv = involvement(case, owner)
        owner_client.post("/api/statuses/", {"case": case.slug, "involvement": inv.pk,
                                             "status": status}, format="json")  # fmt: skip
    summary = owner_client.get(f"/api/cases/{case.slug}/summary/").json()
    assert summary["persons_by_victim_status"]["killed"] == 2
    assert summary["persons_by_victim_status"]["injured"] == 1
    assert summary["acts_by_type"]["killing"] == 3
    assert summary["persons"] == 3


def test_any_user_can_open_a_case_and_owns_it(stranger_client: APIClient) -> None:
    response = stranger_client.post("/api/cases/", {"name": "Ridge village inquiry"})
    assert response.status_code == 201
    assert response.json()["role"] == "owner"
    assert response.json()["slug"] == "ridge-village-inquiry"


def test_openapi_schema_is_served(owner_client: APIClient) -> None:
    response = owner_client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    paths = response.json()["paths"]
    for endpoint in ENDPOINTS:
        assert f"/api/{endpoint.name}/" in paths


def test_name_search_crosses_scripts_and_spellings(case: Any, owner_client: APIClient) -> None:
    ids = {}
    for spelling in ["Əliyev Həsən Əli oğlu", "Алиев Гасан Алиевич", "Petrosyan Armen"]:
        body = owner_client.post("/api/persons/", {"case": case.slug, "names": [
            {"value": spelling}]}, format="json").json()  # fmt: skip
        ids[spelling] = body["id"]
    for query in ["Aliyev", "aliev hasan", "Алиев Гас", "Əliyev"]:
        found = owner_client.get("/api/persons/", {"case": case.slug, "name": query}).json()
        assert {p["id"] for p in found["results"]} == {
            ids["Əliyev Həsən Əli oğlu"], ids["Алиев Гасан Алиевич"]}, query  # fmt: skip
    found = owner_client.get("/api/persons/", {"case": case.slug, "name": "Петросян"}).json()
    assert [p["id"] for p in found["results"]] == [ids["Petrosyan Armen"]]
