"""Finding protected persons' names in free text that analysts and viewers read.

Names are written into every kind of free text in other scripts, orders and grammatical
forms; the scan must find each, find nothing in unrelated text or in what readers never
see, print no name, and be for owners and editors only (others: 404 and a refusal)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import Http404
from django.test import Client

from rightsledger.cases.actions import create_object, set_membership, update_object
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.cases.roles import Role
from rightsledger.evidence.actions import ingest_stream
from rightsledger.missing import actions as missing
from rightsledger.missing.models import RemainsCase
from rightsledger.protection.actions import create_protected_person, protect_person, scan_free_text
from rightsledger.protection.models import ProtectedIdentity
from rightsledger.protection.scan import HISTORY, ScanReport
from rightsledger.records import models as rm
from rightsledger.records.actions import accept_statement, create_person
from tests.conftest import make_user

# Every way the two protected persons' names are written below, and words of them: none
# may ever be printed.
NAME_WORDS = ["Leyla", "Лейла", "Лейлы", "Əliyeva", "Aliyeva", "Алиева", "Алиевой",
              "Əliyevanın", "Qasım", "Касум", "Gasim", "Məmmədov", "Мамедов", "Mammadov",
              "Мамедова"]  # fmt: skip


@dataclass
class Scene:
    case: Case
    leyla: ProtectedIdentity  # recorded protected: "Leyla Həsən qızı Əliyeva", "Лейла Алиева"
    qasim: ProtectedIdentity  # recorded plainly as "Qasım Məmmədov", then protected
    objects: dict[str, Any]


@pytest.fixture
def editor(case: Case, owner: Any) -> Any:
    user = make_user("editor")
    set_membership(case=case, user=user, role=Role.EDITOR, acting_user=owner)
    return user


def make(case: Case, user: Any, model: type[Any], **fields: Any) -> Any:
    return create_object(model, acting_user=user, case=case, **fields)


@pytest.fixture
def scene(case: Case, owner: Any) -> Scene:
    leyla = create_protected_person(
        case=case, acting_user=owner, category="witness", sex="female",
        names=[{"value": "Leyla Həsən qızı Əliyeva", "kind": "full"},
               {"value": "Лейла Алиева", "kind": "alias", "script": "Cyrl"}],
    )  # fmt: skip
    qasim_person = create_person(case=case, acting_user=owner, sex="male",
                                 names=[{"value": "Qasım Məmmədov"}])  # fmt: skip
    update_object(qasim_person, acting_user=owner, notes="Qasım Məmmədov lived by the mill")
    qasim = protect_person(qasim_person, category="victim_at_risk", acting_user=owner)
    o: dict[str, Any] = {}
    o["source"] = make(case, owner, rm.Source, title="Interviews, spring 2001", kind="testimony",
                       notes="Interpreter sat beside Əliyeva, Leyla throughout")  # fmt: skip
    o["claim"] = make(
        case, owner, rm.Claim, source=o["source"], kind="aggregate", category="killed",
        count=12, statement="The witness Лейла Алиева saw the column pass at dawn.",
        as_stated="12 killed, according to Алиевой Лейлы", locator="testimony of Aliyeva L., p. 4",
    )  # fmt: skip
    o["event"] = make(case, owner, rm.Event, title="Arrest of Касум Мамедов",
                      description="Gasim Mammadov was taken from the school yard.",
                      start_date=dt.date(2001, 3, 4), start_precision="day")  # fmt: skip
    o["act"] = make(case, owner, rm.Act, event=o["event"], act_type="detention",
                    notes="Seen by Leyla Aliyeva from the window.")  # fmt: skip
    o["relative"] = create_person(case=case, acting_user=owner, sex="male",
                                  names=[{"value": "Rauf Quliyev"}],
                                  notes="Cousin of Мамедов Касум.")  # fmt: skip
    o["item"] = ingest_stream(
        case=case, chunks=["Leyla Əliyevanın evi yandırıldı.\n".encode()],
        file_name="Leyla-Aliyeva-interview.txt", acting_user=owner,
        description="Recorded at the home of Алиева Лейла", derive=False,
    ).item  # fmt: skip
    o["statement"] = accept_statement(
        case=case, acting_user=owner, source_fields={"title": "Press statement"},
        text="According to the witness Leyla Aliyeva, 12 civilians were killed.",
        drafts=[{"category": "killed", "count": 12, "as_stated": "12 civilians were killed"}],
    )  # fmt: skip
    site = missing.record_site(case=case, acting_user=owner, name="Site LK-1",
                               kind="mass_grave_primary", latitude=40.11, longitude=46.72,
                               precision="100m", how_found="witness",
                               found_details="Shown to the team by Leyla Əliyeva.")  # fmt: skip
    o["site"] = site
    missing_person = create_person(case=case, acting_user=owner, sex="male",
                                   names=[{"value": "Orucov Fuad"}])  # fmt: skip
    # Ante-mortem data is confidential: readers never see it, so it is no finding.
    o["file"] = missing.open_file(person=missing_person, acting_user=owner, event=o["event"],
                                  dental_notes="Dentist's card kept by Leyla Əliyeva",
                                  circumstances="Taken with Məmmədov Qasım at dawn.")  # fmt: skip
    o["remains"] = make(case, owner, RemainsCase, tag="LK-1-001", site=site,
                        recovered_on=dt.date(2004, 6, 12), condition="complete_skeleton",
                        notes="Clothing recognised by Мамедова Лейла's neighbour.")  # fmt: skip
    # Unrelated text: other people of the same names, the place of the same root.
    o["unrelated"] = make(
        case, owner, rm.Claim, source=o["source"], kind="aggregate", category="killed", count=3,
        statement="Kamal Aliyev and Leyla Hüseynova were interviewed in Qarabağ; Ali Mammadli "
        "and Qasımov Elçin confirmed it. Алиев Кямал подтвердил.",
    )  # fmt: skip
    # A namesake of a protected person (or a record of her that linkage did not join).
    o["namesake"] = create_person(case=case, acting_user=owner, sex="female",
                                  names=[{"value": "Алиева Лейла Гасан кызы"}])  # fmt: skip
    return Scene(case, leyla, qasim, o)


def hits_by_place(report: ScanReport) -> dict[tuple[str, str, str], set[int]]:
    found: dict[tuple[str, str, str], set[int]] = {}
    for hit in report.hits:
        found.setdefault((hit.object_type, hit.object_id, hit.field), set()).add(hit.person_id)
    return found


def test_names_are_found_in_every_kind_of_free_text(scene: Scene, owner: Any) -> None:
    report = scan_free_text(scene.case, acting_user=owner)
    found = hits_by_place(report)
    o, leyla, qasim = scene.objects, scene.leyla.person_id, scene.qasim.person_id
    statement_item = o["statement"].evidence_item
    expected = {
        ("records.source", o["source"].pk, "notes"): leyla,  # surname, comma, given name
        ("records.claim", o["claim"].pk, "statement"): leyla,  # Cyrillic
        ("records.claim", o["claim"].pk, "as_stated"): leyla,  # Russian case endings
        ("records.claim", o["claim"].pk, "locator"): leyla,  # surname and initial
        ("records.event", o["event"].pk, "title"): qasim,  # Касум for Qasım (renderings)
        ("records.event", o["event"].pk, "description"): qasim,
        ("records.act", o["act"].pk, "notes"): leyla,
        ("records.person", o["relative"].pk, "notes"): qasim,  # surname first, Cyrillic
        ("evidence.evidenceitem", o["item"].pk, "original_name"): leyla,
        ("evidence.evidenceitem", o["item"].pk, "description"): leyla,
        ("evidence.evidenceitem", o["item"].pk, "extracted_text"): leyla,  # Əliyevanın
        ("evidence.evidenceitem", statement_item.pk, "extracted_text"): leyla,  # a statement
        ("records.claim", o["statement"].claims[0].pk, "statement"): None,  # only as stated
        ("missing.burialsite", o["site"].pk, "found_details"): leyla,
        ("missing.missingpersonfile", o["file"].pk, "circumstances"): qasim,
        ("records.personname", o["namesake"].names.get().pk, "value"): leyla,
    }
    for (label, pk, field), person in expected.items():
        key = (label, str(pk), field)
        if person is None:
            assert key not in found, key
        else:
            assert found.get(key) == {person}, key
    # History entries readers see show the same texts (a claim's creation, an update).
    history = {field for (label, _, field) in found if label == HISTORY}
    assert {"after.statement", "after.notes", "after.title", "object_repr"} <= history


def test_nothing_is_found_in_unrelated_text_or_where_readers_never_look(
    scene: Scene, owner: Any
) -> None:
    report = scan_free_text(scene.case, acting_user=owner)
    found = hits_by_place(report)
    o = scene.objects
    unrelated = ("records.claim", str(o["unrelated"].pk), "statement")
    assert unrelated not in found
    # Ante-mortem data (confidential) and the protected person's own notes are hidden from
    # readers; the entries written before Qasım was protected are masked for them.
    assert ("missing.missingpersonfile", str(o["file"].pk), "dental_notes") not in found
    assert ("records.person", str(scene.qasim.person_id), "notes") not in found
    exposed = {str(s) for s in scene.qasim.exposed_in_history}
    assert exposed
    assert not [k for k in found if k[0] == HISTORY and k[1] in exposed]
    # "Leyla Hüseynova", "Qasımov Elçin": single words of a name, reported only when asked.
    with_words = hits_by_place(scan_free_text(scene.case, acting_user=owner, words=True))
    assert with_words[unrelated] == {scene.leyla.person_id, scene.qasim.person_id}
    hit = next(h for h in scan_free_text(scene.case, acting_user=owner, words=True).hits
               if (h.object_type, h.object_id, h.field) == unrelated)  # fmt: skip
    assert not hit.whole


def test_a_scene_without_protected_persons_is_clean(case: Any, owner: Any) -> None:
    person = create_person(case=case, acting_user=owner, names=[{"value": "Leyla Əliyeva"}])
    make(case, owner, rm.Event, title="Leyla Əliyeva's house", start_date=dt.date(2001, 1, 1),
         start_precision="day")  # fmt: skip
    report = scan_free_text(case, acting_user=owner)
    assert report.hits == []
    assert report.persons == 0
    assert person.pk


def _printed_names(text: str) -> list[str]:
    return [w for w in NAME_WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


def test_no_name_is_ever_printed(scene: Scene, owner: Any) -> None:
    report = scan_free_text(scene.case, acting_user=owner, words=True)
    assert len(report.hits) > 20
    printed = json.dumps(report.as_dict(), ensure_ascii=False)
    assert _printed_names(printed) == []
    assert "[name]" in printed
    claim = next(h for h in report.hits if h.object_type == "records.claim"
                 and h.field == "statement" and h.object_id == str(scene.objects["claim"].pk))  # fmt: skip
    assert claim.excerpt == "The witness [name] [name] saw the column pass at dawn."
    assert claim.pseudonym == scene.leyla.pseudonym
    assert claim.url == f"/c/{scene.case.slug}/claims/{scene.objects['claim'].pk}/"
    # A history entry links to the history of its record, where the entry is.
    entry = next(h for h in report.hits if h.object_type == HISTORY
                 and h.field == "after.statement" and "column" in h.excerpt)  # fmt: skip
    assert entry.url == f"/c/{scene.case.slug}/history/records.claim/{scene.objects['claim'].pk}/"


def test_each_run_is_recorded_as_a_reidentification(scene: Scene, owner: Any) -> None:
    log = HistoryEntry.objects.filter(case=scene.case, object_type="protection.reidentification")
    assert not log.exists()
    scan_free_text(scene.case, acting_user=owner)
    assert sorted(log.values_list("object_id", flat=True)) == sorted(
        [str(scene.leyla.person_id), str(scene.qasim.person_id)]
    )
    assert all("free text" in entry.message for entry in log)
    assert _printed_names(json.dumps([e.hashed_content() for e in log], ensure_ascii=False)) == []


@pytest.mark.parametrize("role", ["viewer", "analyst", "stranger"])
def test_only_those_who_may_reidentify_may_scan(
    scene: Scene, role: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(role)
    with pytest.raises(Http404):
        scan_free_text(scene.case, acting_user=user)
    with pytest.raises(CommandError, match="no case"):
        call_command("protection", "scan", "--case", scene.case.slug, "--as", user.username)
    client = Client()
    client.force_login(user)
    url = f"/c/{scene.case.slug}/protection/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"words": "on"}).status_code == 404
    assert not HistoryEntry.objects.filter(object_type="protection.reidentification").exists()
    if role != "stranger":
        dashboard = client.get(f"/c/{scene.case.slug}/").content.decode()
        assert url not in dashboard


def test_the_command(scene: Scene, editor: Any) -> None:
    out = io.StringIO()
    call_command("protection", "scan", "--case", scene.case.slug, "--as", "editor", stdout=out)
    text = out.getvalue()
    assert _printed_names(text) == []
    assert f"records.claim {scene.objects['claim'].pk} statement\t{scene.leyla.pseudonym}" in text
    assert "2 protected person(s)" in text
    out = io.StringIO()
    call_command("protection", "scan", "--case", scene.case.slug, "--as", "editor", "--json",
                 stdout=out)  # fmt: skip
    data = json.loads(out.getvalue())
    assert data["protected_persons"] == 2
    assert {h["match"] for h in data["hits"]} == {"name"}
    assert _printed_names(out.getvalue()) == []


def test_the_page(scene: Scene, owner: Any, editor: Any) -> None:
    for user in (owner, editor):
        client = Client()
        client.force_login(user)
        url = f"/c/{scene.case.slug}/protection/"
        page = client.get(url)
        assert page.status_code == 200
        assert url in client.get(f"/c/{scene.case.slug}/").content.decode()  # the tab
        assert not HistoryEntry.objects.filter(
            object_type="protection.reidentification", actor=user
        ).exists()  # showing the page reads no name
        result = client.post(url, {"words": "on"})
        assert result.status_code == 200
        html = result.content.decode()
        assert _printed_names(html) == []
        assert scene.leyla.pseudonym in html
        assert f"/c/{scene.case.slug}/claims/{scene.objects['claim'].pk}/" in html
        assert "The witness [name] [name] saw the column pass at dawn." in html
        assert (
            HistoryEntry.objects.filter(
                object_type="protection.reidentification", actor=user
            ).count()
            == 2
        )


def test_the_page_speaks_russian_and_azerbaijani(scene: Scene, owner: Any) -> None:
    client = Client()
    client.force_login(owner)
    client.cookies["django_language"] = "ru"
    html = client.post(f"/c/{scene.case.slug}/protection/").content.decode()
    assert "Защищённые имена в тексте" in html
    client.cookies["django_language"] = "az"
    html = client.get(f"/c/{scene.case.slug}/protection/").content.decode()
    assert "Mətndə qorunan adlar" in html


def test_list_rows_and_bulk_history(case: Case, owner: Any, tmp_path: Any) -> None:
    from rightsledger.registry.importing import import_list
    from rightsledger.registry.models import RawRow, SourceRecord

    path = tmp_path / "list.csv"
    path.write_text(
        "record_id,full_name,sex,birth_year,status,notes\n"
        "r1,Leyla Aliyeva,f,1980,missing,lived at the mill\n"
        'r2,Kamran Quliyev,m,1975,killed,"reported by his neighbour Алиева Лейла"\n',
        encoding="utf-8",
    )
    import_list(case=case, source="Village list", path=path, acting_user=owner)
    witness = SourceRecord.objects.get(case=case, record_id="r1")
    other = SourceRecord.objects.get(case=case, record_id="r2")
    identity = protect_person(witness.person, category="witness", acting_user=owner)
    assert HistoryEntry.objects.filter(case=case, action=HistoryEntry.Action.BULK).exists()
    report = scan_free_text(case, acting_user=owner)
    found = hits_by_place(report)
    # The neighbour's row names her, verbatim and in its notes; her own row is shown to
    # readers as the pseudonym, and her name's record is hers: neither is a finding.
    assert found[("registry.rawrow", str(other.raw_row_id), "cells.5")] == {identity.person_id}
    assert found[("registry.sourcerecord", str(other.pk), "notes")] == {identity.person_id}
    mine = {
        ("registry.rawrow", str(witness.raw_row_id)),
        ("registry.sourcerecord", str(witness.pk)),
    }
    assert not [k for k in found if k[:2] in mine]
    assert not [k for k in found if k[0] == "records.personname"]
    assert RawRow.objects.filter(pk=witness.raw_row_id).exists()
    assert _printed_names(json.dumps(report.as_dict(), ensure_ascii=False)) == []
