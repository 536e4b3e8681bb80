"""No reader who may not re-identify sees a state hash of a protected person's row.

A state hash is the SHA-256 of a row's canonical state, without a secret: whoever sees the
hash of a name row and the row's other fields can confirm a guessed name offline.  Bulk
entries (imports, linkage) list one hash per row they wrote, including the name rows and
list rows written before the person was protected.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from rightsledger.cases.actions import create_object, delete_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from rightsledger.registry.models import SourceRecord
from tests.registry.test_stats import load

HEX = re.compile(r"[0-9a-f]{64}")


@pytest.fixture
def protected(case: Any, owner: Any, tmp_path: Path) -> Any:
    load(case, owner, tmp_path)
    person = SourceRecord.objects.get(case=case, full_name="Child Killed").person
    # A name row written before protection, removed later: its rows are gone, the hashes
    # of its states stay in the history.
    gone = create_object(rm.PersonName, acting_user=owner, case=case, person=person,
                         value="Kazım Qasımov")  # fmt: skip
    protect_person(person, category="child", acting_user=owner)
    delete_object(gone, acting_user=owner)
    person.refresh_from_db()
    return person


def _rows_of(case: Any, full_name: str) -> set[tuple[str, str]]:
    """The person, their names and list rows: what the disclosure policy masks of them (their
    acts and statuses are shown as they are, so their hashes tell nothing more)."""
    records = SourceRecord.objects.filter(case=case, full_name=full_name)
    person_id = records[0].person_id
    rows = {("records.person", str(person_id))}
    rows |= {("registry.sourcerecord", str(r.pk)) for r in records}
    rows |= {("registry.rawrow", str(r.raw_row_id)) for r in records}
    names = rm.PersonName.objects.filter(person_id=person_id).values_list("pk", flat=True)
    rows |= {("records.personname", str(pk)) for pk in names}
    return rows


def _digests(rows: set[tuple[str, str]], *, per_row: bool = True) -> set[str]:
    """Every state hash the history holds of ``rows``: in bulk entries, and (``per_row``)
    of the entries about one row (which the API does not list)."""
    found = set()
    for entry in HistoryEntry.objects.all():
        if per_row and (entry.object_type, entry.object_id) in rows and entry.state_hash:
            found.add(entry.state_hash)
        if entry.action == "bulk":
            for label, by_action in entry.after["rows"].items():
                for digests in by_action.values():
                    found |= {d for pk, d in digests.items() if (label, pk) in rows}
    return found


def _seen(case: Any, person: Any, user: Any) -> str:
    api = APIClient()
    api.force_authenticate(user)
    web = Client()
    web.force_login(user)
    responses = [
        api.get("/api/history/", {"case": case.slug, "page_size": 500}),
        web.get(f"/c/{case.slug}/history/"),
        web.get(f"/c/{case.slug}/persons/{person.pk}/"),
    ]
    assert all(r.status_code == 200 for r in responses)
    return "".join(r.content.decode() for r in responses)


def _name_rows_removed(case: Any) -> set[tuple[str, str]]:
    deleted = HistoryEntry.objects.filter(case=case, action="delete",
                                          object_type="records.personname")  # fmt: skip
    return {(e.object_type, e.object_id) for e in deleted}


@pytest.mark.parametrize("role", ["analyst", "viewer"])
def test_no_state_hash_of_a_protected_persons_row_is_shown(
    role: str, case: Any, protected: Any, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(role)
    secret = _digests(_rows_of(case, "Child Killed") | _name_rows_removed(case))
    assert len(secret) > 5  # the lists' rows and the names, hashed
    seen = _seen(case, protected, user)
    assert secret & set(HEX.findall(seen)) == set()
    # The hashes of everyone else's rows are still there, and every entry's own hash.
    assert _digests(_rows_of(case, "Woman Killed"), per_row=False) <= set(HEX.findall(seen))
    entries = HistoryEntry.objects.restrict(user, "view").filter(case=case)
    assert {e.entry_hash for e in entries} <= set(HEX.findall(seen))
    assert all(not e.state_hash for e in entries if getattr(e, "masked", False))


def test_owners_see_every_hash_and_verify_passes(case: Any, owner: Any, protected: Any) -> None:
    secret = _digests(_rows_of(case, "Child Killed"), per_row=False)
    assert secret
    seen = _seen(case, protected, owner)
    assert secret <= set(HEX.findall(seen))
    out = io.StringIO()
    call_command("verify", "--case", case.slug, stdout=out)
    assert "OK:" in out.getvalue()


def test_reading_bulk_entries_costs_queries_by_kind_not_by_entry(
    case: Any, owner: Any, viewer: Any, protected: Any, tmp_path: Path
) -> None:
    def queries_to_read(count: int) -> int:
        bulk = HistoryEntry.objects.restrict(viewer, "view").filter(case=case, action="bulk")
        with CaptureQueriesContext(connection) as queries:
            read = list(bulk.order_by("sequence")[:count])
        assert len(read) == count
        return len(queries)

    assert HistoryEntry.objects.filter(case=case, action="bulk").count() >= 3
    assert queries_to_read(3) == queries_to_read(1)


def test_the_api_shows_which_rows_a_bulk_entry_wrote(
    case: Any, viewer: Any, protected: Any
) -> None:
    api = APIClient()
    api.force_authenticate(viewer)
    listing = api.get("/api/history/", {"case": case.slug, "action": "bulk", "page_size": 500})
    rows = [e["after"]["rows"] for e in json.loads(listing.content)["results"]
            if e["after"] and "rows" in e["after"]]  # fmt: skip
    names = {pk for r in rows for by in [r.get("records.personname", {})]
             for ids in by.values() for pk in ids}  # fmt: skip
    mine = {str(pk) for pk in rm.PersonName.objects.filter(person=protected)
            .values_list("pk", flat=True)}  # fmt: skip
    assert mine & names  # the ids are there (a row's history is found by them) …
    hidden = {d for r in rows for by in [r.get("records.personname", {})]
              for ids in by.values() for pk, d in ids.items() if pk in mine}  # fmt: skip
    assert hidden == {""}  # … their hashes are not
