"""Everything an import checks in a bag before it writes anything.

A bag's manifests only say that its files are the ones its author listed; a forger who edits
a record writes new manifests.  So the import trusts nothing but the hashes inside the
record itself, and (where the bag carries a signed chain head) a key the importer names:

* no link, device or other odd file anywhere in the bag, and no path built from the bag's
  content that could leave it (object names must be SHA-256 digests);
* the history is one unbroken chain of the bag's case, every entry's hash recomputed;
* replaying it gives every row's state (``cases.state``): every record in the bag must be
  exactly as its last entry left it, every row the history says exists must be there;
* every reference points to a row of the bag (or to one of its stored files), and every row
  belongs to the bag's case;
* custody rows agree with the entries written with them; seals name entries of the chain;
* the signed chain head, if any, is signed by the key the importer trusts and names the
  chain's last entry.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db import models

from rightsledger.archive import rows
from rightsledger.cases.history import GENESIS_HASH, compute_entry_hash
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.cases.replay import StateReplay, recorded_models
from rightsledger.cases.state import state_spec

SHA256 = re.compile(r"[0-9a-f]{64}")
SHA512 = re.compile(r"[0-9a-f]{128}")
SHOWN = 10  # problems named in the refusal; the rest are counted


class BagRefused(Exception):
    """The bag does not hold together; the message names what is wrong."""


@dataclass
class CheckedBag:
    """What the import writes, once every check has passed."""

    case_row: dict[str, Any]
    entries: list[dict[str, Any]]
    records: dict[str, list[dict[str, Any]]]  # model label -> rows
    objects: list[dict[str, Any]]  # stored objects (files under data/evidence/)
    seals: list[dict[str, Any]]
    problems: list[str] = field(default_factory=list)

    @property
    def chain(self) -> str:
        return f"case:{self.case_row['pk']}"


def refuse_links(path: Path) -> None:
    """No symbolic link or special file anywhere in the bag (before anything is read)."""
    if path.is_symlink() or not path.is_dir():
        raise BagRefused(f"{path} is not a directory")
    for folder, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            entry = Path(folder) / name
            if entry.is_symlink():
                raise BagRefused(f"{entry.relative_to(path)} is a link; a bag holds files only")
            if name in files and not entry.is_file():
                raise BagRefused(f"{entry.relative_to(path)} is not a regular file")
    if (path / "fetch.txt").exists():
        raise BagRefused("the bag lists files to fetch (fetch.txt); only complete bags import")


def check_bag(data: Path, read: Any, manifest: dict[str, dict[str, str]]) -> CheckedBag:
    """Check the payload in ``data``; ``read(name)`` parses a JSON file of it; ``manifest``
    maps payload paths to their digests by algorithm (from the validated bag)."""
    case_row = read("case.json")
    if not isinstance(case_row, dict) or not isinstance(case_row.get("pk"), int):
        raise BagRefused("case.json does not describe a case")
    bag = CheckedBag(
        case_row=case_row,
        entries=read("history.json"),
        records=_records(data, read),
        objects=_objects(read("evidence-index.json"), manifest),
        seals=read("seals.json"),
    )
    _check_chain(bag)
    if not bag.problems:
        _check_states(bag)
    _check_references(bag)
    _check_custody(bag)
    _check_seals(bag)
    if bag.problems:
        shown = "; ".join(bag.problems[:SHOWN])
        more = f" (and {len(bag.problems) - SHOWN} more)" if len(bag.problems) > SHOWN else ""
        raise BagRefused(f"the bag does not hold together: {shown}{more}")
    return bag


def _records(data: Path, read: Any) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for model in rows.archived_models():
        label = model._meta.label_lower
        if (data / "records" / f"{label}.json").is_file():
            found = read(f"records/{label}.json")
            if not isinstance(found, list):
                raise BagRefused(f"records/{label}.json is not a list of rows")
            out[label] = found
    return out


def _objects(index: Any, manifest: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """The stored objects of the index, each a file of the bag whose digests it gives."""
    if not isinstance(index, dict) or not isinstance(index.get("objects"), list):
        raise BagRefused("evidence-index.json has no list of objects")
    for obj in index["objects"]:
        name = obj.get("pk") if isinstance(obj, dict) else None
        if not isinstance(name, str) or not SHA256.fullmatch(name):
            raise BagRefused(f"evidence object {name!r} is not a SHA-256 digest")
        sha512 = (obj.get("fields") or {}).get("sha512")
        if not isinstance(sha512, str) or not SHA512.fullmatch(sha512):
            raise BagRefused(f"evidence object {name} has no SHA-512 digest")
        listed = manifest.get(f"data/evidence/{name}", {})
        if (listed.get("sha256"), listed.get("sha512")) != (name, sha512):
            raise BagRefused(f"evidence/{name} is not the file its digests name")
    for item in (index.get("items") or {}).values():
        where = item.get("file") if isinstance(item, dict) else None
        if where is not None and not (
            isinstance(where, str) and where.startswith("evidence/")
            and SHA256.fullmatch(where.removeprefix("evidence/"))
        ):  # fmt: skip
            raise BagRefused(f"evidence index names {where!r}, not a file of the bag")
    return list(index["objects"])


def _check_chain(bag: CheckedBag) -> None:
    from rightsledger.archive.restore import history_entry

    previous = GENESIS_HASH
    if not isinstance(bag.entries, list):
        raise BagRefused("history.json is not a list of entries")
    for number, content in enumerate(bag.entries, start=1):
        where = f"history {bag.chain}#{number}"
        try:
            entry = history_entry(content)
        except (KeyError, TypeError, ValueError) as exc:
            raise BagRefused(f"{where} is not a history entry ({exc})") from exc
        if (entry.chain, entry.sequence, entry.case_id) != (bag.chain, number, bag.case_row["pk"]):
            bag.problems.append(f"{where}: not the next entry of the case's chain")
        if entry.previous_hash != previous:
            bag.problems.append(f"{where}: does not link to the previous entry")
        if compute_entry_hash(entry) != entry.entry_hash:
            bag.problems.append(f"{where}: content does not match its hash (altered)")
        previous = entry.entry_hash


def _bag_models() -> list[type[models.Model]]:
    # Memberships belong to an installation and do not travel.
    return [m for m in recorded_models() if m is not Membership]


def _check_states(bag: CheckedBag) -> None:
    """Every row in the bag is as the chain's last entry about it left it, and no row of the
    chain is missing."""
    replay = StateReplay(_bag_models())
    for content in bag.entries:
        replay.feed(
            action=content["action"], object_type=content["object_type"],
            object_id=content["object_id"], after=content["after"],
            state_hash=content.get("state_hash", ""), before=content["before"],
            where=f"{content['chain']}#{content['sequence']}",
        )  # fmt: skip
    by_label: dict[str, list[dict[str, Any]]] = {"cases.case": [bag.case_row], **bag.records}
    for model in _bag_models():
        label = model._meta.label_lower
        loaded = []
        for row in by_label.get(label, []):
            obj = _loaded(model, row, label)
            loaded.append((obj.pk, [getattr(obj, name) for name in state_spec(model).attnames]))
        bag.problems += [str(p) for p in replay.check_rows(label, loaded)]
        bag.problems += [str(p) for p in replay.gone(label)]


def _loaded(model: type[models.Model], row: Any, label: str) -> models.Model:
    try:
        return rows.load_row(model, row)[0]
    except (KeyError, TypeError, ValueError, LookupError, ObjectDoesNotExist,
            FieldDoesNotExist) as exc:  # fmt: skip
        raise BagRefused(f"records/{label}.json: a row cannot be read ({exc!r})") from exc


def _check_references(bag: CheckedBag) -> None:
    """Every row is of the bag's case; every reference to a case's record stays inside the
    bag, and every reference to a shared catalogue (the legal instruments…) names a row this
    installation has."""
    case_pk = bag.case_row["pk"]
    present: dict[str, set[Any]] = {label: {r.get("pk") for r in found}
                                    for label, found in bag.records.items()}  # fmt: skip
    present["cases.case"] = {case_pk}
    present["evidence.storedobject"] = {o["pk"] for o in bag.objects}
    in_bag = {m._meta.label_lower for m in rows.archived_models()} | set(present)
    shared: dict[str, dict[Any, str]] = {}  # catalogue label -> value -> where named
    for model in rows.archived_models():
        label = model._meta.label_lower
        for row in bag.records.get(label, []):
            fields = row.get("fields") or {}
            where = f"{label} {row.get('pk')}"
            if fields.get("case") != case_pk:
                bag.problems.append(f"{where}: case {fields.get('case')} is not the bag's case "
                                    f"({case_pk})")  # fmt: skip
            for name, target, value in _references(model, fields):
                if value is None:
                    continue
                if target not in in_bag:
                    shared.setdefault(target, {}).setdefault(value, f"{where}: {name}")
                elif value not in present.get(target, set()):
                    bag.problems.append(f"{where}: {name} {value} is not in the bag")
    for target, named in shared.items():
        _check_catalogue(bag, target, named)


def _check_catalogue(bag: CheckedBag, label: str, named: dict[Any, str]) -> None:
    from django.apps import apps

    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        bag.problems.append(f"{next(iter(named.values()))}: names a {label}, unknown here")
        return
    values = list(named)
    found: set[Any] = set()
    for start in range(0, len(values), 500):
        chunk = [v for v in values[start : start + 500] if isinstance(v, int | str)]
        found.update(model._default_manager.filter(pk__in=chunk).values_list("pk", flat=True))
    for value, where in named.items():
        if value not in found:
            bag.problems.append(f"{where} {value} is not in this installation's {label}")


def _references(model: type[models.Model], fields: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(field, model label it points to, value) for every reference of a bag row."""
    out = []
    for f in model._meta.concrete_fields:
        related = f.related_model if f.is_relation else None
        if related is None or f.name == "case" or related in (ContentType, HistoryEntry):
            continue
        if related._meta.label_lower == "auth.user" or rows._is_user_fk(f):
            continue
        out.append((f.name, related._meta.label_lower, fields.get(f.name)))
    for m2m in model._meta.many_to_many:
        target = m2m.related_model._meta.label_lower
        out += [(m2m.name, target, value) for value in fields.get(m2m.name) or []]
    for generic in model._meta.private_fields:
        if isinstance(generic, GenericForeignKey):
            natural = fields.get(generic.ct_field)
            if isinstance(natural, list) and len(natural) == 2:
                out.append((generic.name, ".".join(natural), fields.get(generic.fk_field)))
    return out


def _check_custody(bag: CheckedBag) -> None:
    """Each custody row agrees with its chained entry, and each custody entry has its row."""
    by_sequence = {e["sequence"]: e for e in bag.entries if isinstance(e, dict)}
    seen = set()
    for row in bag.records.get("evidence.custodyentry", []):
        fields = row.get("fields") or {}
        link = fields.get("history_entry")
        where = f"evidence.custodyentry {row.get('pk')}"
        if not (isinstance(link, list) and len(link) == 2 and link[0] == bag.chain):
            bag.problems.append(f"{where}: its history entry is not in the bag's chain")
            continue
        entry = by_sequence.get(link[1])
        if entry is None:
            bag.problems.append(f"{where}: its history entry is not in the bag's chain")
            continue
        seen.add(entry["sequence"])
        chained = {
            "custody": fields.get("action"), "item": fields.get("item"),
            "item_sha256": fields.get("item_sha256"), "actor": fields.get("actor_name"),
            "purpose": fields.get("purpose"), "counterpart": fields.get("counterpart"),
        }  # fmt: skip
        if entry["after"] != chained or entry["timestamp"] != fields.get("timestamp"):
            bag.problems.append(f"{where}: differs from its chained history entry (altered)")
    for entry in bag.entries:
        if entry.get("object_type") == "evidence.custody" and entry["sequence"] not in seen:
            bag.problems.append(f"history {bag.chain}#{entry['sequence']}: its custody row is "
                                "not in the bag")  # fmt: skip


def _check_seals(bag: CheckedBag) -> None:
    hashes = {e["sequence"]: e["entry_hash"] for e in bag.entries}
    for seal in bag.seals if isinstance(bag.seals, list) else []:
        fields = seal.get("fields") or {}
        if fields.get("chain") != bag.chain or hashes.get(fields.get("sequence")) != fields.get(
            "entry_hash"
        ):
            bag.problems.append(f"seal {seal.get('pk')}: does not name an entry of the chain")


SIGNED_HEAD_FILES = ("chain-head.json", "chain-head.json.sig")  # under data/: either signs


def key_problem(*, signed: bool, key_given: bool) -> str | None:
    """What is wrong with the key the importer gives for a bag whose head is (not) signed:
    "missing" (a signed head is checked, so it needs the key the importer trusts), "unsigned"
    (a key for a head nobody signed would check nothing), or None."""
    if signed and not key_given:
        return "missing"
    if key_given and not signed:
        return "unsigned"
    return None


def check_signed_head(data: Path, bag: CheckedBag, trusted_key: bytes | None) -> bool:
    """Whether the head was signed (and checked); refuses a head that does not hold."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from rightsledger.evidence.signing import head_statement

    statement_file, signature_file = (data / name for name in SIGNED_HEAD_FILES)
    signed = statement_file.is_file() or signature_file.is_file()
    problem = key_problem(signed=signed, key_given=trusted_key is not None)
    if problem == "unsigned":
        raise BagRefused("the bag's chain head is not signed, but --trusted-key was given")
    if problem == "missing":
        raise BagRefused(
            "the bag's chain head is signed: give the signer's public key (PEM) with "
            "--trusted-key FILE to check it"
        )
    if not signed or trusted_key is None:
        return False
    try:
        key = load_pem_public_key(trusted_key)
    except (ValueError, TypeError) as exc:
        raise BagRefused(f"the trusted key is not a PEM public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BagRefused("the trusted key is not an Ed25519 public key")
    statement = statement_file.read_bytes() if statement_file.is_file() else b""
    try:
        key.verify(signature_file.read_bytes(), statement)
    except (InvalidSignature, OSError) as exc:
        raise BagRefused("the chain head's signature does not verify with the trusted key") from exc
    last = bag.entries[-1] if bag.entries else None
    if last is None or statement != head_statement(bag.chain, last["sequence"], last["entry_hash"]):
        raise BagRefused("the signed chain head is not the last entry of the bag's history")
    return True


def refuse_existing(bag: CheckedBag) -> None:
    """The case, and every id the bag restores, must be new to this database."""
    fields = bag.case_row.get("fields") or {}
    if (
        Case.objects.filter(pk=bag.case_row["pk"]).exists()
        or Case.objects.filter(slug=fields.get("slug")).exists()
        or HistoryEntry.objects.filter(chain=bag.chain).exists()
    ):
        raise BagRefused(
            f"case {fields.get('slug')} (id {bag.case_row['pk']}) is already in this "
            "database; import restores into a database without it"
        )
    for model in rows.archived_models():
        ids = [r.get("pk") for r in bag.records.get(model._meta.label_lower, [])]
        for start in range(0, len(ids), 500):
            taken = model._default_manager.filter(pk__in=ids[start : start + 500]).first()
            if taken is not None:
                raise BagRefused(
                    f"{model._meta.label_lower} {taken.pk} is already in this database (of "
                    "another case); import restores into a database without it"
                )
