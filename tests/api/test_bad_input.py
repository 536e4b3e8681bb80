"""Bad input on every endpoint: a clear 400/404/413, and nothing written."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.cases.models import HistoryEntry
from tests.factories import ENDPOINTS, Endpoint

IDS = [e.name for e in ENDPOINTS]


def snapshot(endpoint: Endpoint) -> tuple[int, int]:
    return endpoint.model.objects.count(), HistoryEntry.objects.count()


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_missing_fields(endpoint: Endpoint, case: Any, owner_client: APIClient) -> None:
    before = snapshot(endpoint)
    response = owner_client.post(f"/api/{endpoint.name}/", {}, format="json")
    assert response.status_code == 400
    assert "case" in response.json()
    assert snapshot(endpoint) == before


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_wrong_types(endpoint: Endpoint, case: Any, owner: Any, owner_client: APIClient) -> None:
    payload = endpoint.payload(case, owner)
    before = snapshot(endpoint)
    broken = {key: ({"nested": ["junk"]} if key != "case" else value)
              for key, value in payload.items()}  # fmt: skip
    response = owner_client.post(f"/api/{endpoint.name}/", broken, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) & (set(payload) - {"case"}), errors
    assert snapshot(endpoint) == before


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_unknown_ids(endpoint: Endpoint, case: Any, owner_client: APIClient) -> None:
    assert owner_client.get(f"/api/{endpoint.name}/999999999/").status_code == 404
    assert owner_client.get(f"/api/{endpoint.name}/not-a-number/").status_code == 404
    before = snapshot(endpoint)
    assert (
        owner_client.patch(f"/api/{endpoint.name}/999999999/", {}, format="json").status_code == 404
    )
    assert snapshot(endpoint) == before


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_unknown_related_id(
    endpoint: Endpoint, case: Any, owner: Any, owner_client: APIClient
) -> None:
    payload = endpoint.payload(case, owner)
    related = [k for k, v in payload.items() if isinstance(v, int) and k not in {
        "birth_year", "credibility"}]  # fmt: skip
    if not related:
        pytest.skip(f"{endpoint.name} payload has no related id")
    before = snapshot(endpoint)
    response = owner_client.post(f"/api/{endpoint.name}/", {**payload, related[0]: 987654321},
                                 format="json")  # fmt: skip
    assert response.status_code == 400
    assert related[0] in response.json() or "subject_id" in response.json()
    assert snapshot(endpoint) == before


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=IDS)
def test_oversized_body(
    endpoint: Endpoint, case: Any, owner_client: APIClient, settings: Any
) -> None:
    before = snapshot(endpoint)
    body = json.dumps({"case": case.slug, "notes": "x" * (settings.MAX_REQUEST_BYTES + 1)})
    response = owner_client.generic("POST", f"/api/{endpoint.name}/", body,
                                    content_type="application/json")  # fmt: skip
    assert response.status_code == 413
    assert snapshot(endpoint) == before


def test_malformed_json(case: Any, owner_client: APIClient) -> None:
    response = owner_client.generic("POST", "/api/events/", "{not json",
                                    content_type="application/json")  # fmt: skip
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


def test_links_across_cases_are_refused(case: Any, owner: Any, owner_client: APIClient) -> None:
    from rightsledger.cases.actions import create_case
    from tests.factories import event

    other_case = create_case(name="Another inquiry", owner=owner)
    foreign_event = event(other_case, owner)
    before = snapshot(ENDPOINTS[3])
    response = owner_client.post("/api/acts/", {"case": case.slug, "event": foreign_event.pk,
                                                "act_type": "killing"}, format="json")  # fmt: skip
    assert response.status_code == 400
    assert "same case" in json.dumps(response.json())
    assert snapshot(ENDPOINTS[3]) == before


def test_hostile_strings_are_stored_verbatim(case: Any, owner_client: APIClient) -> None:
    hostile = "Robert'); DROP TABLE records_person;-- <script>alert(1)</script> \u202e"
    response = owner_client.post("/api/sources/", {"case": case.slug, "title": hostile,
                                                   "kind": "list"}, format="json")  # fmt: skip
    assert response.status_code == 201
    assert owner_client.get(f"/api/sources/{response.json()['id']}/").json()["title"] == hostile


def test_aggregate_claim_needs_a_count(case: Any, owner: Any, owner_client: APIClient) -> None:
    from tests.factories import source

    src = source(case, owner)
    response = owner_client.post("/api/claims/", {"case": case.slug, "source": src.pk,
                                                  "kind": "aggregate", "statement": "many",
                                                  "category": "killed"}, format="json")  # fmt: skip
    assert response.status_code == 400
    assert "count" in response.json()


def test_nul_characters_are_refused_everywhere(case: Any, owner_client: APIClient) -> None:
    before = snapshot(ENDPOINTS[9])
    body = owner_client.post("/api/sources/", {"case": case.slug, "title": "a\x00b", "kind": "list"},
                             format="json")  # fmt: skip
    assert body.status_code == 400
    assert "NUL" in body.json()["detail"]
    assert owner_client.post("/api/sources/", {"case": "x\x00", "title": "t", "kind": "list"},
                             format="json").status_code == 400  # fmt: skip
    assert owner_client.get("/api/persons/", {"case": "x\x00y"}).status_code == 400
    assert snapshot(ENDPOINTS[9]) == before
