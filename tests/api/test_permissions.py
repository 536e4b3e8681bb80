"""Generated for every case-scoped endpoint: owner may, viewer may look, stranger sees nothing."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.api_urls import router
from tests.factories import ENDPOINTS, NOT_PLAIN_CRUD, Endpoint

CASE_SCOPED = list(ENDPOINTS)
IDS = [e.name for e in CASE_SCOPED]


def test_every_endpoint_is_covered() -> None:
    registered = {prefix for prefix, _viewset, _basename in router.registry}
    excluded = {"cases", "memberships", "history", *NOT_PLAIN_CRUD}
    assert registered - excluded == {e.name for e in ENDPOINTS}


def list_ids(client: APIClient, endpoint: Endpoint, case_slug: str) -> set[int]:
    response = client.get(f"/api/{endpoint.name}/", {"case": case_slug, "page_size": 500})
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.parametrize("endpoint", CASE_SCOPED, ids=IDS)
def test_owner_and_viewer_see_it(
    endpoint: Endpoint, case: Any, owner: Any, owner_client: APIClient, viewer_client: APIClient
) -> None:
    obj = endpoint.make(case, owner)
    for client in (owner_client, viewer_client):
        assert obj.pk in list_ids(client, endpoint, case.slug)
        assert client.get(f"/api/{endpoint.name}/{obj.pk}/").status_code == 200


@pytest.mark.parametrize("endpoint", CASE_SCOPED, ids=IDS)
def test_stranger_gets_404_everywhere(
    endpoint: Endpoint, case: Any, owner: Any, stranger_client: APIClient
) -> None:
    obj = endpoint.make(case, owner)
    url = f"/api/{endpoint.name}/{obj.pk}/"
    assert obj.pk not in list_ids(stranger_client, endpoint, case.slug)
    assert stranger_client.get(url).status_code == 404
    assert stranger_client.patch(url, endpoint.update, format="json").status_code == 404
    assert stranger_client.delete(url).status_code == 404
    assert endpoint.model.objects.filter(pk=obj.pk).exists()


@pytest.mark.parametrize("endpoint", CASE_SCOPED, ids=IDS)
def test_viewer_cannot_change(
    endpoint: Endpoint, case: Any, owner: Any, viewer_client: APIClient
) -> None:
    obj = endpoint.make(case, owner)
    url = f"/api/{endpoint.name}/{obj.pk}/"
    assert viewer_client.patch(url, endpoint.update, format="json").status_code == 404
    assert viewer_client.delete(url).status_code == 404
    payload = endpoint.payload(case, owner)
    before = endpoint.model.objects.count()
    response = viewer_client.post(f"/api/{endpoint.name}/", payload, format="json")
    assert response.status_code == 400
    assert "case" in response.json()
    assert endpoint.model.objects.count() == before


@pytest.mark.parametrize("endpoint", CASE_SCOPED, ids=IDS)
def test_stranger_cannot_create_in_the_case(
    endpoint: Endpoint, case: Any, owner: Any, stranger_client: APIClient
) -> None:
    payload = endpoint.payload(case, owner)
    before = endpoint.model.objects.count()
    response = stranger_client.post(f"/api/{endpoint.name}/", payload, format="json")
    assert response.status_code == 400
    assert endpoint.model.objects.count() == before


def test_anonymous_gets_nothing(client: Any, case: Any) -> None:
    for endpoint in ENDPOINTS:
        assert client.get(f"/api/{endpoint.name}/").status_code in {401, 403}
    assert client.get(f"/api/cases/{case.slug}/").status_code in {401, 403}


def test_case_and_its_summary_are_hidden_from_strangers(
    case: Any, stranger_client: APIClient, viewer_client: APIClient
) -> None:
    assert stranger_client.get(f"/api/cases/{case.slug}/").status_code == 404
    assert stranger_client.get(f"/api/cases/{case.slug}/summary/").status_code == 404
    assert stranger_client.get("/api/cases/").json()["results"] == []
    assert viewer_client.get(f"/api/cases/{case.slug}/summary/").status_code == 200
    assert viewer_client.patch(f"/api/cases/{case.slug}/", {"name": "x"}).status_code == 404


def test_history_is_hidden_from_strangers(
    case: Any, stranger_client: APIClient, viewer_client: APIClient
) -> None:
    assert stranger_client.get("/api/history/", {"case": case.slug}).json()["results"] == []
    assert viewer_client.get("/api/history/", {"case": case.slug}).json()["results"]


def test_only_owners_manage_members(
    case: Any, viewer: Any, stranger: Any, owner_client: APIClient, viewer_client: APIClient
) -> None:
    payload = {"case": case.slug, "username": stranger.username, "role": "viewer"}
    assert viewer_client.post("/api/memberships/", payload).status_code == 400
    assert case.memberships.filter(user=stranger).count() == 0
    assert owner_client.post("/api/memberships/", payload).status_code == 201
    assert case.memberships.get(user=stranger).role == "viewer"
