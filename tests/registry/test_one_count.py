"""One question, one answer: every surface gives the same figures for a case whose persons
were entered by hand and imported from lists, then linked together."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from rest_framework.test import APIClient

from rightsledger.cases.actions import set_membership
from rightsledger.cases.history import verify_chain
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records.demo import load_demo
from rightsledger.records.summary import case_summary
from rightsledger.registry.capture import case_capture_history
from rightsledger.registry.demo import load_demo_registry
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import case_figures

pytestmark = pytest.mark.slow


@pytest.fixture
def demo(owner: Any, viewer: Any) -> Any:
    case = load_demo(owner)
    set_membership(case=case, user=viewer, role="viewer", acting_user=owner)
    assert load_demo_registry(case, owner)
    return case


def _web(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_every_surface_gives_the_same_figures(demo: Any, owner: Any, viewer: Any) -> None:
    expected = f.counts(demo)
    # Hand-entered and list-made persons are both in the figures.
    hand = f.figure_persons(demo, "killed").filter(linkage__isnull=True).count()
    from_lists = f.figure_persons(demo, "killed").filter(linkage__isnull=False).count()
    assert hand > 0
    assert from_lists > 0
    assert expected["killed"] == hand + from_lists

    assert case_figures(demo).figures == expected
    assert {k: case_summary(demo)["figures"][k] for k in expected} == expected

    api = APIClient()
    api.force_authenticate(viewer)
    answer = api.get(f"/api/cases/{demo.slug}/figures/")
    assert answer.status_code == 200
    assert answer.json()["figures"] == expected
    assert api.get(f"/api/cases/{demo.slug}/summary/").json()["figures"] == expected

    out = io.StringIO()
    call_command("stats", "--case", demo.slug, "--json", "--as", viewer.username, stdout=out)
    assert json.loads(out.getvalue())["figures"] == expected

    dashboard = _web(viewer).get(f"/c/{demo.slug}/").content.decode()
    shown = re.search(r'data-figure="killed"><span class="n">([\d,  ]+)<', dashboard)
    assert shown is not None
    assert int(re.sub(r"\D", "", shown.group(1))) == expected["killed"]
    for page in (f"/c/{demo.slug}/registry/", f"/c/{demo.slug}/figures/"):
        html = _web(viewer).get(page).content.decode()
        cell = re.search(r'data-figure="killed">.*?class="figure-count">(\d+)<', html, re.S)
        assert cell is not None
        assert int(cell.group(1)) == expected["killed"], page

    # The capture history is of the killed figure's persons named in a list.
    killed_in_lists = (
        f.figure_persons(demo, "killed")
        .filter(pk__in=SourceRecord.objects.filter(documented=False).values("person_id"))
        .count()
    )
    assert case_capture_history(demo, status="killed").observed == killed_in_lists


def test_an_event_page_counts_the_persons_of_its_sub_events(demo: Any) -> None:
    top = rm.Event.objects.get(case=demo, parent__isnull=True, title="Attack on Tamarisk")
    crossing = rm.Event.objects.get(case=demo, parent=top)
    scoped = case_figures(demo, event=top).figures
    inner = case_figures(demo, event=crossing).figures
    assert scoped["captured"] >= inner["captured"] > 0
    # The whole case has the same persons as its only top-level event.
    assert scoped == f.counts(demo)


def test_every_imported_person_shows_its_rows_and_statuses(demo: Any, viewer: Any) -> None:
    record = SourceRecord.objects.filter(case=demo, documented=False, status="killed").first()
    assert record is not None
    page = _web(viewer).get(f"/c/{demo.slug}/persons/{record.person_id}/").content.decode()
    assert f'data-record="{record.pk}"' in page
    assert record.list_import.file_name in page  # type: ignore[union-attr]
    assert "statuses-by-source" in page
    assert record.source.title in page  # type: ignore[union-attr]
    assert "No history" not in page


def test_a_person_page_shows_the_bulk_entries_that_wrote_their_rows(demo: Any, viewer: Any) -> None:
    from django.utils.html import escape

    from rightsledger.cases.models import HistoryEntry
    from rightsledger.registry.queries import bulk_history

    person = rm.Person.objects.filter(case=demo, linkage__isnull=False).first()
    assert person is not None
    rows = {
        "records.person": [person.pk],
        "records.personname": [n.pk for n in person.names.all()],
        "records.statusrecord": [s.pk for s in person.statuses.all()],
    }
    # The entries that name them, found here by reading every bulk entry's JSON.
    wanted = {(t, str(pk)) for t, ids in rows.items() for pk in ids}
    expected = [
        e for e in HistoryEntry.objects.filter(case=demo, action="bulk").order_by("-sequence")
        if wanted & {(t, i) for t, by in e.after["rows"].items() for ids in by.values()
                     for i in ids}
    ]  # fmt: skip
    assert expected
    assert [e.pk for e in bulk_history(viewer, demo, rows)] == [e.pk for e in expected]
    page = _web(viewer).get(f"/c/{demo.slug}/persons/{person.pk}/").content.decode()
    for entry in expected:
        assert escape(entry.object_repr) in page
    # Each is shown with the person's own rows, not the thousands of others it names.
    named = [(t, i, digest) for t, by in expected[0].after["rows"].items()
             for ids in by.values() for i, digest in ids.items()]  # fmt: skip
    assert any((t, i) in wanted and digest in page for t, i, digest in named)
    others = [digest for t, i, digest in named if (t, i) not in wanted]
    assert others
    assert not any(digest in page for digest in others)


def test_import_and_linkage_leave_every_row_verifiable(demo: Any, owner: Any) -> None:
    from rightsledger.cases.history import chain_key
    from rightsledger.evidence.verify import verify
    from rightsledger.registry.linking import run_linkage

    assert list(verify_chain(chain_key(demo))) == []
    # A second run (after a decision moved rows) is recorded row by row as well.
    run_linkage(case=demo, acting_user=owner)
    report = verify(demo)
    assert report.rows_checked > 1000
    assert report.ok, [str(p) for p in report.problems[:5]]
    # A fact edited behind the record's back is found.
    name = rm.PersonName.objects.filter(case=demo, source_record__isnull=False).first()
    assert name is not None
    rm.PersonName.objects.filter(pk=name.pk).update(value="Someone Else")
    assert not verify(demo).ok
