"""Changes made to a protected person's rows after protection stay masked in the history.

The entries written before protection are listed when the person is protected; the ones
written after are masked because of what they are about: a row the disclosure policy
calls identifying (``protection.disclosure.IDENTIFYING``) that belongs to a protected
person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.missing.models import MissingPersonFile
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person
from rightsledger.registry.models import SourceRecord
from tests.registry.test_stats import load

# Written after protection, each only in the history (the person's page hides them).
NOTES = "moved to the house by the Qarabağ mill"
BIRTH = dt.date(1985, 9, 14)  # the list gives 1985
NEW_NAME = "Qasımov Kazım Əli oğlu"
ROW_NOTES = "brother of the head of the village council"
CIRCUMSTANCES = "taken from the Ağdam road checkpoint"
LATER = "a renamed row, later deleted"
SECRETS = (NOTES, "1985-09-14", NEW_NAME, ROW_NOTES, CIRCUMSTANCES, LATER)


@pytest.fixture
def changed_after(case: Any, owner: Any, tmp_path: Path) -> Any:
    load(case, owner, tmp_path)
    person = SourceRecord.objects.get(case=case, full_name="Child Killed").person
    protect_person(person, category="child", acting_user=owner)
    person.refresh_from_db()
    update_object(person, acting_user=owner, notes=NOTES, birth_date=BIRTH)
    create_object(rm.PersonName, acting_user=owner, case=case, person=person, value=NEW_NAME)
    record = SourceRecord.objects.get(case=case, person=person)
    update_object(record, acting_user=owner, notes=ROW_NOTES)
    create_object(MissingPersonFile, acting_user=owner, case=case, person=person,
                  circumstances=CIRCUMSTANCES)  # fmt: skip
    # A name changed and then removed: the change's entry no longer has a row to ask.
    gone = create_object(rm.PersonName, acting_user=owner, case=case, person=person, value="x")
    update_object(gone, acting_user=owner, value=LATER)
    delete_object(gone, acting_user=owner)
    return person


def _shown(case: Any, person: Any, user: Any) -> dict[str, str]:
    api = APIClient()
    api.force_authenticate(user)
    web = Client()
    web.force_login(user)
    responses = {
        "history API": api.get("/api/history/", {"case": case.slug, "page_size": 500}),
        "history page": web.get(f"/c/{case.slug}/history/"),
        "person's history page": web.get(f"/c/{case.slug}/history/records.person/{person.pk}/"),
        "person page": web.get(f"/c/{case.slug}/persons/{person.pk}/"),
    }
    for name, response in responses.items():
        assert response.status_code == 200, name
    return {name: response.content.decode() for name, response in responses.items()}


@pytest.mark.parametrize("role", ["analyst", "viewer"])
def test_changes_after_protection_are_masked(
    role: str, case: Any, changed_after: Any, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(role)
    shown = _shown(case, changed_after, user)
    leaks = [(surface, s) for surface, text in shown.items() for s in SECRETS if s in text]
    assert leaks == []
    assert '"masked":true' in shown["history API"].replace(" ", "")


def test_owners_see_the_changes(case: Any, owner: Any, changed_after: Any) -> None:
    history = _shown(case, changed_after, owner)["history API"]
    # Names written after protection never reach the history at all: they are kept in the
    # encrypted identity (protection.actions.keep_protected_names_encrypted).
    names = (NEW_NAME, LATER)
    for secret in [s for s in SECRETS if s not in names]:
        assert secret in history, secret
    assert not [name for name in names if name in history]


def test_other_persons_changes_stay_visible(
    case: Any, owner: Any, viewer: Any, changed_after: Any
) -> None:
    other = SourceRecord.objects.get(case=case, full_name="Woman Killed").person
    update_object(other, acting_user=owner, notes="kept the village shop")
    name = create_person(case=case, acting_user=owner, names=[{"value": "Rəna Hüseynova"}])
    history = _shown(case, changed_after, viewer)["history API"]
    assert "kept the village shop" in history
    assert "Rəna Hüseynova" in history
    assert name.pk


def test_deciding_costs_the_same_queries_for_more_entries(
    case: Any, owner: Any, viewer: Any, changed_after: Any
) -> None:
    record = SourceRecord.objects.get(case=case, person=changed_after)
    missing = MissingPersonFile.objects.get(person=changed_after)
    name = rm.PersonName.objects.filter(person=changed_after).order_by("pk").last()
    other = SourceRecord.objects.get(case=case, full_name="Woman Killed").person
    for number in range(12):  # each kind of entry in every window read below
        for row in (changed_after, record, missing, other):
            update_object(row, acting_user=owner, notes=f"{NOTES} {number}")
        update_object(name, acting_user=owner, value=f"{NEW_NAME} {number}")

    def queries_to_read(count: int) -> int:
        entries = HistoryEntry.objects.restrict(viewer, "view").filter(case=case)
        with CaptureQueriesContext(connection) as queries:
            read = list(entries.order_by("-sequence")[:count])
        assert len(read) == count
        assert all(getattr(e, "masked", False) for e in read if e.object_id != str(other.pk))
        return len(queries)

    assert queries_to_read(60) == queries_to_read(10)
