"""BagIt export: valid, tamper-evident, redacted for sharing; import restores losslessly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import bagit
import pytest

from rightsledger.archive.bag import ArchiveError, export_bag
from rightsledger.evidence.actions import ingest_stream, link_evidence
from rightsledger.evidence.models import CustodyEntry
from rightsledger.records.models import Person
from tests import factories, files


def seeded(case: Any, owner: Any) -> dict[str, Any]:
    person = factories.person(case, owner)
    photo = ingest_stream(case=case, chunks=[files.jpeg_with_gps()], file_name="house.jpg",
                          acting_user=owner).item  # fmt: skip
    link_evidence(photo, person, acting_user=owner)
    factories.consent(case, owner)
    return {"person": person, "photo": photo}


def test_export_is_a_valid_bag_with_both_manifests(case: Any, owner: Any, tmp_path: Path) -> None:
    seeded(case, owner)
    result = export_bag(case, tmp_path / "bag", acting_user=owner)
    bag = bagit.Bag(str(result.path))
    bag.validate()
    assert set(bag.algorithms) == {"sha256", "sha512"}
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt",
                 "tagmanifest-sha512.txt", "data/history.json", "data/custody.json",
                 "data/records/records.person.json", "data/case.json"):  # fmt: skip
        assert (result.path / name).is_file(), name
    assert result.files == 3  # the photo, its stripped copy and its thumbnail
    assert CustodyEntry.objects.filter(action="exported").count() == 3
    assert not list(tmp_path.glob(".bag*"))


@pytest.mark.parametrize("target", ["data/history.json", "data/evidence", "bag-info.txt",
                                    "manifest-sha512.txt", "data/records/records.person.json"])  # fmt: skip
def test_flipping_one_bit_anywhere_fails_validation(
    case: Any, owner: Any, tmp_path: Path, target: str
) -> None:
    seeded(case, owner)
    path = export_bag(case, tmp_path / "bag", acting_user=owner).path
    file = path / target
    if file.is_dir():
        file = sorted(file.iterdir())[0]
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0x01
    file.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(path)).validate()


def test_it_refuses_a_non_empty_target(case: Any, owner: Any, tmp_path: Path) -> None:
    (tmp_path / "bag").mkdir()
    (tmp_path / "bag" / "x").write_text("x")
    with pytest.raises(ArchiveError, match="not an empty directory"):
        export_bag(case, tmp_path / "bag", acting_user=owner)


def test_a_sharing_export_redacts(case: Any, owner: Any, tmp_path: Path) -> None:
    from rightsledger.cases.actions import create_object
    from rightsledger.protection.actions import protect_person
    from rightsledger.protection.models import Classification, Consent

    seeded(case, owner)
    protected = factories.person(case, owner)  # "Nərgiz Quliyeva", recorded before protection
    protect_person(protected, category="witness", acting_user=owner)
    refusing = factories.person(case, owner)
    factories.place(case, owner)
    from rightsledger.records.actions import add_person_name

    add_person_name(person=refusing, acting_user=owner, value="Tofiq Refusenik", kind="alias")
    create_object(Consent, acting_user=owner, case=case, person=refusing, purpose="sharing",
                  recipient="Commission", granted=False, given_on=dt.date(2024, 1, 1),
                  taken_by="team")  # fmt: skip
    source = factories.source(case, owner)
    from django.contrib.contenttypes.models import ContentType

    create_object(Classification, acting_user=owner, case=case, level="confidential",
                  target_type=ContentType.objects.get_for_model(source),
                  target_id=source.pk)  # fmt: skip
    path = export_bag(case, tmp_path / "shared", acting_user=owner, purpose="sharing",
                      recipient="Commission").path  # fmt: skip
    bagit.Bag(str(path)).validate()
    everything = b"".join(f.read_bytes() for f in path.rglob("*") if f.is_file())
    assert b"Tofiq Refusenik" not in everything
    assert b"Morgue register" not in everything  # the confidential source
    # The name recorded before protection, in the old history entries, is scrubbed too.
    assert Person.objects.filter(pk=protected.pk).get().display_name.encode() in everything
    import json

    persons = json.loads((path / "data/records/records.person.json").read_text())
    shared = {p["pk"]: p["fields"]["display_name"] for p in persons}
    assert shared[refusing.pk].startswith("Protected person ")
    index = json.loads((path / "data/evidence-index.json").read_text())
    photo = next(i for i in index["items"].values() if i["file"] is None)
    assert "withheld" in photo["reason"]
    assert b"GPSLatitude" not in everything
    assert b"gAAAA" not in everything  # no Fernet ciphertext
    history = json.loads((path / "data/history.json").read_text())
    assert any(e.get("redacted") for e in history)


def test_a_shared_bag_blanks_what_the_disclosure_policy_names(
    case: Any, owner: Any, tmp_path: Path
) -> None:
    """One rule: the fields pages and the API hide for a protected person are the fields a
    shared bag blanks (protection.disclosure.IDENTIFYING), whatever they hold."""
    import json

    from rightsledger.cases.actions import update_object
    from rightsledger.protection.actions import protect_person
    from rightsledger.protection.disclosure import IDENTIFYING

    witness = factories.person(case, owner)
    witness = update_object(witness, acting_user=owner, birth_year=1971, age_at_event=30,
                            notes="lives near the mill")  # fmt: skip
    protect_person(witness, category="witness", acting_user=owner)
    path = export_bag(case, tmp_path / "shared", acting_user=owner, purpose="sharing",
                      recipient="Commission").path  # fmt: skip
    rows = json.loads((path / "data/records/records.person.json").read_text())
    shared = next(r["fields"] for r in rows if r["pk"] == witness.pk)
    for attname in IDENTIFYING["records.person"].blank:
        assert shared[attname.removesuffix("_id")] in ("", None), attname
    assert shared["display_name"].startswith("Protected person ")
    names = json.loads((path / "data/records/records.personname.json").read_text())
    assert all(n["fields"]["value"] == shared["display_name"]
               for n in names if n["fields"]["person"] == witness.pk)  # fmt: skip
