"""One record cannot hold unbounded rows (names, family links, places): a clear 400, nothing
written; and deleting a large object costs a few statements, not several per row."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_object, delete_object, record_bulk_changes
from rightsledger.cases.history import chain_key, verify_chain
from rightsledger.cases.models import HistoryEntry
from rightsledger.records import bounds
from rightsledger.records import models as rm
from rightsledger.records.actions import add_person_name, create_person
from rightsledger.records.models import events as record_events
from rightsledger.records.models import persons as record_persons
from rightsledger.records.naming import search_key
from tests.web.conftest import web_client


def names(count: int) -> list[dict[str, str]]:
    return [{"value": f"Name {i}", "kind": "alias"} for i in range(count)]


def test_the_api_refuses_a_person_with_too_many_names(case: Any, owner_client: APIClient) -> None:
    entries = HistoryEntry.objects.count()
    payload = {"case": case.slug, "names": names(bounds.MAX_NAMES_PER_PERSON + 1)}
    response = owner_client.post("/api/persons/", payload, format="json")
    assert response.status_code == 400
    assert f"at most {bounds.MAX_NAMES_PER_PERSON} names" in str(response.json()["names"])
    assert not rm.Person.objects.exists()
    assert HistoryEntry.objects.count() == entries
    payload["names"] = names(bounds.MAX_NAMES_PER_PERSON)
    assert owner_client.post("/api/persons/", payload, format="json").status_code == 201


def test_names_added_one_by_one_stop_at_the_bound(
    case: Any, owner: Any, owner_client: APIClient
) -> None:
    person = create_person(case=case, acting_user=owner,
                           names=names(bounds.MAX_NAMES_PER_PERSON - 1))  # fmt: skip
    add_person_name(person=person, acting_user=owner, value="One more")
    response = owner_client.post(
        "/api/person-names/",
        {"case": case.slug, "person": person.pk, "value": "Too many", "kind": "alias"},
        format="json",
    )
    assert response.status_code == 400
    assert "at most" in str(response.json())
    with pytest.raises(ValidationError, match="at most"):
        add_person_name(person=person, acting_user=owner, value="Too many")
    assert person.names.count() == bounds.MAX_NAMES_PER_PERSON
    # Correcting a name of a full person is still possible.
    name = person.names.first()
    assert name is not None
    response = owner_client.patch(f"/api/person-names/{name.pk}/", {"value": "Fixed"},
                                  format="json")  # fmt: skip
    assert response.status_code == 200


def test_an_event_with_too_many_places_is_refused_before_looking_them_up(
    case: Any, owner_client: APIClient
) -> None:
    places = list(range(1, bounds.MAX_PLACES_PER_EVENT + 2))
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.post("/api/events/", {"case": case.slug, "title": "E",
                                                      "places": places}, format="json")  # fmt: skip
    assert response.status_code == 400
    assert "places" in response.json()
    assert len(queries) < 20
    assert not rm.Event.objects.exists()


def test_family_links_and_place_names_are_bounded(
    case: Any, owner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_persons, "MAX_RELATIONSHIPS_PER_PERSON", 2)
    monkeypatch.setattr(record_events, "MAX_NAMES_PER_PLACE", 1)
    person, *relatives = (create_person(case=case, acting_user=owner, names=names(1))
                          for _ in range(4))  # fmt: skip
    for relative in relatives[:2]:
        create_object(rm.Relationship, acting_user=owner, case=case, person=person,
                      relative=relative, kind="sibling_of")  # fmt: skip
    with pytest.raises(ValidationError, match="family links"):
        create_object(rm.Relationship, acting_user=owner, case=case, person=person,
                      relative=relatives[2], kind="sibling_of")  # fmt: skip
    place = create_object(rm.Place, acting_user=owner, case=case, name="Lakeside")
    create_object(rm.PlaceName, acting_user=owner, case=case, place=place, name="Göl")
    with pytest.raises(ValidationError, match="at most 1 names"):
        create_object(rm.PlaceName, acting_user=owner, case=case, place=place, name="Озеро")


def test_the_person_form_refuses_too_many_names(case: Any, owner: Any) -> None:
    client: Client = web_client(owner)
    count = bounds.MAX_NAMES_PER_PERSON + 1
    data = {"names-TOTAL_FORMS": str(count), "names-INITIAL_FORMS": "0",
            "names-MIN_NUM_FORMS": "0", "names-MAX_NUM_FORMS": "1000", "sex": "unknown",
            "birth_precision": "unknown"}  # fmt: skip
    for i in range(count):
        data.update({f"names-{i}-value": f"Name {i}", f"names-{i}-kind": "alias"})
    response = client.post(f"/c/{case.slug}/persons/new/", data)
    assert response.status_code == 400
    assert f"at most {bounds.MAX_NAMES_PER_PERSON} names" in response.content.decode()
    assert not rm.Person.objects.exists()


def test_deleting_a_person_with_thousands_of_rows_is_proportionate(case: Any, owner: Any) -> None:
    # Rows that came in bulk (as from lists) are not bounded; their deletion must still be
    # a few statements, with one history entry for each row removed.
    person = create_person(case=case, acting_user=owner, names=names(1))
    rows = [rm.PersonName(case=case, person=person, kind="alias", value=f"N {i}",
                          search_key=search_key(f"N {i}")) for i in range(3000)]  # fmt: skip
    rm.PersonName.objects.bulk_create(rows)
    record_bulk_changes(case=case, acting_user=owner, message="bulk", summary={}, created=rows)
    entries = HistoryEntry.objects.filter(case=case).count()
    person_id = person.pk
    with CaptureQueriesContext(connection) as queries:
        delete_object(person, acting_user=owner)
    assert len(queries) < 200  # one append per row took four statements a row
    removed = HistoryEntry.objects.filter(case=case).order_by("sequence")[entries:]
    assert removed.count() == 3002
    first = removed.first()
    assert first is not None
    assert (first.object_type, first.object_id) == ("records.person", str(person_id))
    assert list(verify_chain(chain_key(case))) == []
    assert not rm.PersonName.objects.filter(person_id=person_id).exists()
