"""Input at the edges of what a parser or a database can hold: 400 naming it, never 500."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rest_framework.test import APIClient

from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm

TOO_LARGE = 2**63  # one past the largest id a signed 64-bit column holds


@pytest.mark.parametrize("depth", [100, 1000, 100_000])
@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ('{"a":', "}")])
def test_deeply_nested_json_is_refused(
    case: Any, owner_client: APIClient, depth: int, opening: str, closing: str
) -> None:
    entries = HistoryEntry.objects.count()
    body = opening * depth + "1" + closing * depth
    response = owner_client.generic("POST", "/api/places/", body, content_type="application/json")
    assert response.status_code == 400
    assert "nested" in response.json()["detail"]
    assert HistoryEntry.objects.count() == entries
    assert not rm.Place.objects.exists()


def test_ordinary_nesting_is_accepted(case: Any, owner_client: APIClient) -> None:
    payload = {"case": case.slug, "sex": "female",
               "names": [{"value": "Nərgiz Quliyeva", "kind": "full"}]}  # fmt: skip
    response = owner_client.post("/api/persons/", payload, format="json")
    assert response.status_code == 201, response.content


def test_nul_deep_inside_is_still_refused(case: Any, owner_client: APIClient) -> None:
    payload = {"case": case.slug, "names": [{"value": "A\x00B", "kind": "full"}]}
    response = owner_client.generic(
        "POST", "/api/persons/", json.dumps(payload), content_type="application/json"
    )
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


@pytest.mark.parametrize(
    "query",
    ["persons/?event={n}", "persons/?event=-{n}", "acts/?event={n}", "places/?parent={n}",
     "persons/?place_of_origin={n}", "persons/?birth_year={n}", "claims/?source={n}",
     "involvements/?person={n}"],
)  # fmt: skip
def test_integers_beyond_64_bits_in_filters(case: Any, owner_client: APIClient, query: str) -> None:
    response = owner_client.get("/api/" + query.format(n=TOO_LARGE))
    assert response.status_code == 400
    field = query.split("?")[1].split("=")[0]
    assert field in response.json()


def test_the_event_filter_names_the_limit(case: Any, owner_client: APIClient) -> None:
    response = owner_client.get(f"/api/persons/?event={TOO_LARGE}")
    assert "9223372036854775807" in str(response.json()["event"])


def test_integers_beyond_64_bits_in_bodies(case: Any, owner_client: APIClient) -> None:
    entries = HistoryEntry.objects.count()
    response = owner_client.post(
        "/api/places/", {"case": case.slug, "name": "X", "parent": TOO_LARGE}, format="json"
    )
    assert response.status_code == 400
    assert "parent" in response.json()
    response = owner_client.post(
        "/api/persons/", {"case": case.slug, "birth_year": TOO_LARGE}, format="json"
    )
    assert response.status_code == 400
    assert "birth_year" in response.json()
    assert HistoryEntry.objects.count() == entries
