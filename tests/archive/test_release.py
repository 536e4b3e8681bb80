"""Shared and published bags never carry a file that could name a protected person."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from rightsledger.archive.bag import export_bag
from rightsledger.evidence.actions import ingest_stream
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from tests import factories, files

TESTIMONY = "Testimony taken on 3 May.\nThe witness, Nərgiz Quliyeva, saw the convoy.\n"


def add(case: Any, owner: Any, data: bytes, name: str) -> Any:
    return ingest_stream(case=case, chunks=[data], file_name=name, acting_user=owner).item


def bag_bytes(path: Path) -> bytes:
    return b"".join(f.read_bytes() for f in sorted(path.rglob("*")) if f.is_file())


def index_of(path: Path) -> dict[str, Any]:
    items: dict[str, Any] = json.loads((path / "data/evidence-index.json").read_text())["items"]
    return items


@pytest.fixture
def witness(case: Any, owner: Any) -> Any:
    person = factories.person(case, owner)  # "Nərgiz Quliyeva"
    protect_person(person, category="witness", acting_user=owner)
    person.refresh_from_db()
    return person


@pytest.mark.parametrize("purpose", ["publication", "sharing"])
def test_an_original_naming_a_protected_person_is_replaced_by_a_redacted_copy(
    case: Any, owner: Any, witness: Any, tmp_path: Path, purpose: str
) -> None:
    item = add(case, owner, TESTIMONY.encode(), "testimony.txt")
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose=purpose,
                      recipient="Commission").path  # fmt: skip
    everything = bag_bytes(path)
    assert b"Quliyeva" not in everything
    assert "Nərgiz".encode() not in everything
    assert not (path / "data/evidence" / item.sha256).exists()
    entry = index_of(path)[str(item.pk)]
    assert entry["redacted_copy"] is True
    assert "protected person" in entry["reason"]
    copy = (path / "data" / entry["file"]).read_bytes().decode()
    assert witness.display_name in copy  # the pseudonym stands where the name stood
    assert "saw the convoy" in copy
    assert entry["sha256"] == hashlib.sha256(copy.encode()).hexdigest()
    export = json.loads((path / "data/export.json").read_text())
    assert item.pk in export["redacted_evidence"]


def test_a_given_name_alone_is_enough_to_withhold(
    case: Any, owner: Any, witness: Any, tmp_path: Path
) -> None:
    item = add(case, owner, b"Only Nargiz and N\xc9\x99rgiz were there.\n", "note.txt")
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    assert "Nərgiz".encode() not in bag_bytes(path)
    assert index_of(path)[str(item.pk)]["redacted_copy"] is True


def test_a_file_whose_redaction_is_not_certain_is_withheld(
    case: Any, owner: Any, witness: Any, tmp_path: Path
) -> None:
    pdf = add(case, owner, files.pdf_with_text("Statement of Nərgiz Quliyeva"), "s.pdf")
    audio = add(case, owner, b"\x00\x01RIFF binary audio-like bytes\xff" * 10, "a.bin")
    clean = add(case, owner, b"A plain inventory of the morgue.\n", "inventory.txt")
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    index = index_of(path)
    for item in (pdf, audio):
        assert index[str(item.pk)]["file"] is None
        assert "withheld" in index[str(item.pk)]["reason"]
        assert not (path / "data/evidence" / item.sha256).exists()
    # Plain text read whole and naming nobody protected goes as it is.
    assert index[str(clean.pk)] == {"file": f"evidence/{clean.sha256}"}
    export = json.loads((path / "data/export.json").read_text())
    assert {pdf.pk, audio.pk} <= set(export["withheld_evidence"])


def test_without_anyone_to_protect_the_originals_go(case: Any, owner: Any, tmp_path: Path) -> None:
    pdf = add(case, owner, files.pdf_with_text("Morgue register"), "register.pdf")
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    assert index_of(path)[str(pdf.pk)] == {"file": f"evidence/{pdf.sha256}"}


def test_an_item_cleared_for_the_purpose_goes_as_it_is(
    case: Any, owner: Any, witness: Any, tmp_path: Path
) -> None:
    from django.contrib.contenttypes.models import ContentType

    from rightsledger.cases.actions import create_object
    from rightsledger.evidence.models import EvidenceItem
    from rightsledger.protection.models import Classification

    pdf = add(case, owner, files.pdf_with_text("Morgue register"), "register.pdf")
    create_object(Classification, acting_user=owner, case=case, level="public",
                  target_type=ContentType.objects.get_for_model(EvidenceItem), target_id=pdf.pk,
                  reason="reviewed page by page: names no one at risk")  # fmt: skip
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    assert index_of(path)[str(pdf.pk)] == {"file": f"evidence/{pdf.sha256}"}


def test_no_state_hash_of_a_protected_persons_rows_leaves(
    case: Any, owner: Any, witness: Any, tmp_path: Path
) -> None:
    """A hash of a row holding the name would let a recipient confirm a guessed name."""
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    history = json.loads((path / "data/history.json").read_text())
    about_witness = [e for e in history if (e["object_type"], e["object_id"]) in {
        ("records.person", str(witness.pk)),
        *(("records.personname", str(pk)) for pk in witness.names.values_list("pk", flat=True)),
    }]  # fmt: skip
    assert about_witness
    assert all("state_hash" not in e for e in about_witness)
    assert all(e.get("redacted") for e in about_witness)


def test_no_state_hash_of_a_protected_persons_removed_rows_leaves(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    """Rows a bulk write removed are not in the bag, but their hashes were in the history:
    a hand-entered person's documented list row goes when the person is protected."""
    from rightsledger.analysis.simulate import simulate
    from rightsledger.cases.models import HistoryEntry
    from rightsledger.records.actions import create_person
    from rightsledger.registry.importing import import_list
    from rightsledger.registry.linking import run_linkage
    from rightsledger.registry.models import SourceRecord

    simulation = simulate(people=80, lists=3, seed=11)
    simulation.write(tmp_path)
    for name in simulation.lists:
        import_list(case=case, source=name, path=tmp_path / f"{name}.csv", acting_user=owner)
    person = create_person(case=case, acting_user=owner, names=[{"value": "Qasımov Kazım"}])
    run_linkage(case=case, acting_user=owner)  # writes the person's documented row in bulk
    documented = SourceRecord.objects.get(person=person, documented=True)
    listed = SourceRecord.objects.filter(case=case, documented=False).order_by("pk").first()
    assert listed is not None
    protect_person(person, category="witness", acting_user=owner)
    protect_person(listed.person, category="child", acting_user=owner)
    run_linkage(case=case, acting_user=owner)
    assert not SourceRecord.objects.filter(pk=documented.pk).exists()
    rows = {("registry.sourcerecord", str(documented.pk)), ("registry.sourcerecord", str(listed.pk)),
            ("registry.rawrow", str(listed.raw_row_id)), ("records.person", str(person.pk)),
            ("records.person", str(listed.person_id))}  # fmt: skip
    rows |= {("records.personname", str(pk)) for pk in rm.PersonName.objects.filter(
        person__in=[person, listed.person]).values_list("pk", flat=True)}  # fmt: skip
    secret = set()
    for entry in HistoryEntry.objects.filter(case=case):
        if (entry.object_type, entry.object_id) in rows and entry.state_hash:
            secret.add(entry.state_hash)
        for label, by_action in ((entry.after or {}).get("rows") or {}).items():
            for digests in by_action.values():
                secret |= {d for pk, d in digests.items() if (label, pk) in rows}
    assert len(secret) > 5
    path = export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication").path
    everything = bag_bytes(path).decode()
    assert [d for d in secret if d in everything] == []


def test_only_files_that_left_get_an_exported_custody_entry(
    case: Any, owner: Any, witness: Any, tmp_path: Path
) -> None:
    from rightsledger.evidence.models import CustodyEntry

    pdf = add(case, owner, files.pdf_with_text("Statement"), "s.pdf")
    export_bag(case, tmp_path / "bag", acting_user=owner, purpose="publication")
    assert not CustodyEntry.objects.filter(item=pdf, action="exported").exists()
