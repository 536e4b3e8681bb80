"""`import bag` trusts nothing in the bag: the chain and the records are checked against each
other, paths never leave the bag, a signed head is checked against a key the importer trusts,
and nothing is written before all of that holds."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bagit
import pytest
from django.db import transaction

from rightsledger.archive.bag import ArchiveError, export_bag
from rightsledger.archive.restore import import_bag
from rightsledger.cases.actions import create_case, update_object
from rightsledger.cases.history import compute_entry_hash
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.evidence.store import FileStore
from rightsledger.evidence.verify import verify
from rightsledger.protection.actions import protect_person
from tests import factories
from tests.conftest import make_user


@pytest.fixture
def importer(db: None) -> Any:
    return make_user("archivist")


def exported(tmp_path: Path, **bag_options: Any) -> tuple[Path, dict[str, Any]]:
    """A bag of a case that is then rolled back: the database no longer holds the case."""
    owner = make_user("field-owner")
    with transaction.atomic():
        point = transaction.savepoint()
        case = create_case(name="Hillside inquiry", owner=owner)
        involvement = factories.involvement(case, owner)
        update_object(involvement.person, acting_user=owner, notes="seen at the school")
        protect_person(factories.person(case, owner), category="witness", acting_user=owner)
        item = factories.evidence_item(case, owner)
        facts = {"case": case.pk, "slug": case.slug, "person": involvement.person.pk,
                 "item": item.pk, "sha256": item.sha256}  # fmt: skip
        path = export_bag(case, tmp_path / "bag", acting_user=owner, **bag_options).path
        transaction.savepoint_rollback(point)
    assert not Case.objects.filter(slug=facts["slug"]).exists()
    return path, facts


def edit(path: Path, name: str, change: Callable[[Any], Any]) -> None:
    """Change a file of the bag and write new manifests, as a careful forger would."""
    file = path / "data" / name
    file.write_text(json.dumps(change(json.loads(file.read_text())), ensure_ascii=False))
    bagit.Bag(str(path)).save(manifests=True)


def nothing_written(store_dir: Path, entries_before: int) -> None:
    assert not Case.objects.filter(slug="hillside-inquiry").exists()
    assert HistoryEntry.objects.count() == entries_before
    assert not any(p.is_file() for p in store_dir.rglob("*"))


def test_a_bag_imports_for_a_named_owner_and_verifies(importer: Any, tmp_path: Path) -> None:
    path, facts = exported(tmp_path)
    case = import_bag(path, acting_user=importer)
    assert case.pk == facts["case"]
    membership = Membership.objects.get(case=case)
    assert (membership.user, membership.role) == (importer, "owner")
    assert verify(case).ok, verify(case).problems
    assert verify().ok, verify().problems  # the global chain too (the import's entries)


def test_records_edited_with_new_manifests_are_refused(importer: Any, tmp_path: Path) -> None:
    path, facts = exported(tmp_path)
    before = HistoryEntry.objects.count()

    def rename(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if row["pk"] == facts["person"]:
                row["fields"]["display_name"] = "Someone Else"
        return rows

    edit(path, "records/records.person.json", rename)
    store = FileStore(tmp_path / "store")
    with pytest.raises(ArchiveError, match=f"records.person {facts['person']}: altered"):
        import_bag(path, acting_user=importer, store=store)
    nothing_written(tmp_path / "store", before)


def test_an_altered_history_is_refused(importer: Any, tmp_path: Path) -> None:
    path, _facts = exported(tmp_path)
    before = HistoryEntry.objects.count()

    def reword(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        entries[3]["message"] = "nothing happened"
        return entries

    edit(path, "history.json", reword)
    store = FileStore(tmp_path / "store")
    with pytest.raises(ArchiveError, match=r"history case:\d+#4: content does not match"):
        import_bag(path, acting_user=importer, store=store)
    nothing_written(tmp_path / "store", before)


def test_a_rewritten_history_with_matching_records_fails_the_trusted_signature(
    importer: Any, tmp_path: Path, settings: Any
) -> None:
    """A forger who rewrites the chain and the records alike is stopped by the signature."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    key = Ed25519PrivateKey.generate()
    settings.SIGNING_KEY = key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    ).decode()
    trusted = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    path, _facts = exported(tmp_path)
    clean = tmp_path / "copy" / "bag"
    shutil.copytree(path, clean, symlinks=True)

    def rewrite(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        previous = "0" * 64
        for entry in entries:
            entry["actor"] = "forger" if entry["sequence"] == 2 else entry["actor"]
            entry["previous_hash"] = previous
            model = _as_entry(entry)
            entry["entry_hash"] = previous = compute_entry_hash(model)
        return entries

    edit(path, "history.json", rewrite)
    with pytest.raises(ArchiveError, match="signed chain head is not the last entry"):
        import_bag(path, acting_user=importer, trusted_key=trusted)
    # The forger signs the new head with a key of their own, and puts it in the bag.
    from rightsledger.evidence.signing import head_statement

    last = json.loads((path / "data/history.json").read_text())[-1]
    forged = Ed25519PrivateKey.generate()
    statement = head_statement(last["chain"], last["sequence"], last["entry_hash"])
    (path / "data/chain-head.json").write_bytes(statement)
    (path / "data/chain-head.json.sig").write_bytes(forged.sign(statement))
    (path / "data/signing-key.pub.pem").write_bytes(
        forged.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    bagit.Bag(str(path)).save(manifests=True)
    with pytest.raises(ArchiveError, match="signature does not verify with the trusted key"):
        import_bag(path, acting_user=importer, trusted_key=trusted)
    with pytest.raises(ArchiveError, match="--trusted-key"):
        import_bag(clean, acting_user=importer)  # signed, but no key to check it with
    other = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(ArchiveError, match="signature"):
        import_bag(clean, acting_user=importer, trusted_key=other)
    assert import_bag(clean, acting_user=importer, trusted_key=trusted).slug == "hillside-inquiry"


def _as_entry(content: dict[str, Any]) -> HistoryEntry:
    from rightsledger.archive.restore import history_entry

    return history_entry(content)


def test_a_trusted_key_refuses_an_unsigned_bag(importer: Any, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    path, _facts = exported(tmp_path)
    trusted = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(ArchiveError, match="not signed"):
        import_bag(path, acting_user=importer, trusted_key=trusted)


def test_a_bag_for_a_case_already_here_is_refused(importer: Any, tmp_path: Path) -> None:
    path, _facts = exported(tmp_path)
    import_bag(path, acting_user=importer)
    with pytest.raises(ArchiveError, match="already in this database"):
        import_bag(path, acting_user=importer)


def test_rows_naming_another_case_are_refused(importer: Any, tmp_path: Path, case: Any) -> None:
    path, _facts = exported(tmp_path)
    before = HistoryEntry.objects.count()

    def move(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            row["fields"]["case"] = case.pk  # the case already in this database
        return rows

    edit(path, "records/records.personname.json", move)
    store = FileStore(tmp_path / "store")
    with pytest.raises(ArchiveError, match=f"case {case.pk}.*not the bag's"):
        import_bag(path, acting_user=importer, store=store)
    nothing_written(tmp_path / "store", before)


def test_a_path_out_of_the_bag_is_never_read(importer: Any, tmp_path: Path) -> None:
    path, _facts = exported(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the bag")
    before = HistoryEntry.objects.count()
    outside = os.path.relpath(secret, path / "data" / "evidence")

    def point_out(index: dict[str, Any]) -> dict[str, Any]:
        index["objects"][0]["pk"] = outside
        return index

    edit(path, "evidence-index.json", point_out)
    store = FileStore(tmp_path / "store")
    with pytest.raises(ArchiveError, match="not a SHA-256"):
        import_bag(path, acting_user=importer, store=store)
    nothing_written(tmp_path / "store", before)


def test_a_link_in_the_bag_is_refused(importer: Any, tmp_path: Path) -> None:
    path, facts = exported(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the bag")
    target = path / "data" / "evidence" / facts["sha256"]
    target.unlink()
    target.symlink_to(secret)
    store = FileStore(tmp_path / "store")
    with pytest.raises(ArchiveError, match="link"):
        import_bag(path, acting_user=importer, store=store)
    assert not any(p.is_file() for p in (tmp_path / "store").rglob("*"))


def test_import_bag_needs_a_named_user(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    result = run_cli("import", "bag", str(tmp_path))
    assert result.returncode != 0
    assert "--as" in result.stderr
