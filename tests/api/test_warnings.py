"""The API: a date's precision follows what was given; writes answer with their warnings."""

from __future__ import annotations

from typing import Any

from rest_framework.test import APIClient

from rightsledger.records import models as rm


def post(client: APIClient, path: str, payload: dict[str, Any]) -> dict[str, Any]:
    response = client.post(path, payload, format="json")
    assert response.status_code == 201, response.content
    return dict(response.json())


def test_exact_dates_given_without_precision_are_exact(case: Any, owner_client: APIClient) -> None:
    body = post(owner_client, "/api/events/", {
        "case": case.slug, "title": "Siege", "start_date": "1992-02-25",
        "end_date": "1992-02-26", "end_precision": "unknown",
    })  # fmt: skip
    assert (body["start_precision"], body["end_precision"]) == ("day", "day")
    assert body["warnings"] == []
    undated = post(owner_client, "/api/events/", {"case": case.slug, "title": "Later"})
    assert undated["start_precision"] == "unknown"
    # A date added later, alone, is exact too; a chosen precision is kept.
    changed = owner_client.patch(f"/api/events/{undated['id']}/", {"start_date": "1993-01-01"},
                                 format="json").json()  # fmt: skip
    assert changed["start_precision"] == "day"
    kept = owner_client.patch(f"/api/events/{undated['id']}/",
                              {"start_date": "1993-05-01", "start_precision": "month"},
                              format="json").json()  # fmt: skip
    assert kept["start_precision"] == "month"


def test_writes_answer_with_the_sanity_checks(case: Any, owner_client: APIClient) -> None:
    event = post(
        owner_client,
        "/api/events/",
        {"case": case.slug, "title": "Raid", "start_date": "1992-02-26"},
    )
    act = post(
        owner_client, "/api/acts/", {"case": case.slug, "event": event["id"], "act_type": "killing"}
    )
    person = post(owner_client, "/api/persons/", {
        "case": case.slug, "birth_year": 1995, "names": [{"value": "Məmmədov Tural"}],
    })  # fmt: skip
    assert person["warnings"] == []  # no event yet
    involvement = post(owner_client, "/api/involvements/",
                       {"case": case.slug, "act": act["id"], "person": person["id"],
                        "role": "victim"})  # fmt: skip
    assert involvement["warnings"] == [{
        "code": "born_after_event", "message": "Born in 1995, after the event of 1992-02-26.",
    }]  # fmt: skip
    killed = post(owner_client, "/api/statuses/", {
        "case": case.slug, "involvement": involvement["id"], "status": "killed",
        "date": "1992-02-26",
    })  # fmt: skip
    assert killed["date_precision"] == "day"
    released = post(owner_client, "/api/statuses/", {
        "case": case.slug, "involvement": involvement["id"], "status": "released",
        "date": "1992-03-01",
    })  # fmt: skip
    assert [w["code"] for w in released["warnings"]] == ["born_after_event", "status_after_death"]
    assert rm.StatusRecord.objects.filter(pk=released["id"]).exists()  # saved all the same
    # Corrected, the warnings go.
    fixed = owner_client.patch(f"/api/persons/{person['id']}/", {"birth_year": 1960},
                               format="json").json()  # fmt: skip
    assert [w["code"] for w in fixed["warnings"]] == ["status_after_death"]
    # An edit of the event names the persons it concerns.
    moved = owner_client.patch(f"/api/events/{event['id']}/", {"start_date": "1950-01-01"},
                               format="json").json()  # fmt: skip
    assert any(w["message"].startswith("Məmmədov Tural: Born in 1960") for w in moved["warnings"])


def test_warnings_are_in_the_readers_language(case: Any, owner_client: APIClient) -> None:
    event = post(
        owner_client,
        "/api/events/",
        {"case": case.slug, "title": "Raid", "start_date": "1992-02-26"},
    )
    act = post(
        owner_client, "/api/acts/", {"case": case.slug, "event": event["id"], "act_type": "killing"}
    )
    person = post(owner_client, "/api/persons/", {
        "case": case.slug, "birth_year": 1995, "names": [{"value": "Məmmədov Tural"}],
    })  # fmt: skip
    response = owner_client.post("/api/involvements/", {
        "case": case.slug, "act": act["id"], "person": person["id"], "role": "victim",
    }, format="json", HTTP_ACCEPT_LANGUAGE="ru")  # fmt: skip
    [warning] = response.json()["warnings"]
    assert warning["code"] == "born_after_event"
    assert "1995" in warning["message"]
    assert "Born" not in warning["message"]


def test_reads_carry_no_warnings(case: Any, owner_client: APIClient) -> None:
    person = post(
        owner_client, "/api/persons/", {"case": case.slug, "names": [{"value": "Məmmədov Tural"}]}
    )
    assert "warnings" not in owner_client.get(f"/api/persons/{person['id']}/").json()
    listed = owner_client.get("/api/persons/", {"case": case.slug}).json()
    assert all("warnings" not in row for row in listed["results"])
