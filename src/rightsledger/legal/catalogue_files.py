"""Reading the shipped catalogue files into plain rows, checking every reference on the way.

Nothing here touches the database: ``read_catalogue`` returns what the files say, or raises
``CatalogueError`` naming every problem it found (file, entry and what is wrong), so a bad
release never reaches the database half loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rightsledger.errors import InputError
from rightsledger.legal.texts import missing_languages

CATALOGUE_DIR = Path(__file__).parent / "catalogue"
PROVISION_KINDS = {"right", "prohibition", "obligation", "crime", "general"}
CRIME_CATEGORIES = {"genocide", "crime_against_humanity", "war_crime"}
CONFLICTS = {"", "international", "non_international"}
ELEMENT_KINDS = {"material", "mental", "contextual"}
RELATION_KINDS = ("protects", "corresponds")
GENERAL_MENTAL_KEY = "article-30"


class CatalogueError(InputError):
    """The catalogue files are inconsistent; the message lists every problem."""


@dataclass
class CatalogueData:
    version: str
    sha256: str
    instruments: list[dict[str, Any]] = field(default_factory=list)
    provisions: list[dict[str, Any]] = field(default_factory=list)  # with "instrument" code
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # source, target, kind
    crimes: list[dict[str, Any]] = field(default_factory=list)  # with "provision" code
    elements: list[dict[str, Any]] = field(default_factory=list)  # with "crime" code
    mappings: list[tuple[str, str, str]] = field(default_factory=list)  # act type, kind, code

    def texts(self) -> list[tuple[str, dict[str, str]]]:
        """Every translatable text, named by where it is (for completeness checks)."""
        found: list[tuple[str, dict[str, str]]] = []
        for row in self.instruments:
            for name in ("title", "short_title", "edition"):
                found.append((f"instrument {row['code']} {name}", row[name]))
        for row in self.provisions:
            for name in ("title", "summary"):
                found.append((f"provision {row['code']} {name}", row[name]))
        for row in self.crimes:
            found.append((f"crime {row['code']} name", row["name"]))
        for row in self.elements:
            found.append((f"crime {row['crime']} element {row['number']}", row["text"]))
        return found


RELEASE_FILE = "release.yaml"


def catalogue_hash(directory: Path = CATALOGUE_DIR) -> str:
    """SHA-256 over every data file's relative path and bytes, in a stable order.

    ``release.yaml`` is left out: it records this hash (``files_sha256``), so a change to any
    data file without a new release is caught by the reader, not by a database that had
    the release loaded.
    """
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*.yaml")):
        if path.relative_to(directory).as_posix() == RELEASE_FILE:
            continue
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


# libyaml's parser when PyYAML was built with it: ten times faster than the pure-Python one.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_READ: dict[tuple[Path, str], CatalogueData] = {}


def _load(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"{path.name}: cannot be read: {exc}") from exc


def _texts(value: Any, where: str, problems: list[str]) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        problems.append(f"{where}: expected texts by language (en, ru, az)")
        return {}
    texts = {str(k): " ".join(v.split()) for k, v in value.items()}
    if "en" in missing_languages(texts):
        problems.append(f"{where}: the English text is missing")
    return texts


def read_catalogue(directory: Path = CATALOGUE_DIR) -> CatalogueData:
    """The files' content (read once per process for the same bytes)."""
    key = (directory.resolve(), catalogue_hash(directory))
    if key not in _READ:
        _READ[key] = _read(directory)
    return _READ[key]


def _read(directory: Path) -> CatalogueData:
    problems: list[str] = []
    release = _load(directory / RELEASE_FILE) or {}
    version = str(release.get("version", "")).strip()
    if not version:
        problems.append("release.yaml: no version")
    data = CatalogueData(version=version, sha256=catalogue_hash(directory))
    if release.get("files_sha256") != data.sha256:
        # Checked before anything else: an unreleased change is named as such.
        raise CatalogueError(
            f"the catalogue files changed since release {version}: give release.yaml a new "
            f"version and files_sha256: {data.sha256}"
        )
    _read_instruments(directory / "instruments", data, problems)
    provisions = {row["code"] for row in data.provisions}
    shared = _load(directory / "elements-shared.yaml") or {}
    _read_crimes(_load(directory / "crimes.yaml") or [], shared, provisions, data, problems)
    _read_relations(_load(directory / "relations.yaml") or {}, provisions, data, problems)
    crimes = {row["code"] for row in data.crimes}
    _read_mappings(_load(directory / "act_types.yaml") or {}, provisions, crimes, data, problems)
    if problems:
        raise CatalogueError("the legal catalogue is inconsistent:\n  " + "\n  ".join(problems))
    return data


def _read_instruments(folder: Path, data: CatalogueData, problems: list[str]) -> None:
    codes: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        raw = _load(path) or {}
        code = str(raw.get("code", ""))
        if not code or code in codes:
            problems.append(f"{path.name}: missing or repeated instrument code {code!r}")
            continue
        codes.add(code)
        data.instruments.append({
            "code": code, "order": int(raw.get("order", 0)),
            "title": _texts(raw.get("title"), f"{code} title", problems),
            "short_title": _texts(raw.get("short_title"), f"{code} short title", problems),
            "edition": _texts(raw.get("edition"), f"{code} edition", problems),
            "adopted_on": raw.get("adopted_on"), "in_force_on": raw.get("in_force_on"),
            "published_in": str(raw.get("published_in", "")),
        })  # fmt: skip
        numbers: set[str] = set()
        for order, item in enumerate(raw.get("provisions") or [], 1):
            number = str(item.get("number", ""))
            where = f"{path.name}: provision {number!r}"
            if not number or number in numbers:
                problems.append(f"{where}: missing or repeated number")
                continue
            numbers.add(number)
            if item.get("kind") not in PROVISION_KINDS:
                problems.append(f"{where}: kind must be one of {sorted(PROVISION_KINDS)}")
            data.provisions.append({
                "instrument": code, "number": number, "code": f"{code} {number}",
                "kind": item.get("kind"), "order": order,
                "title": _texts(item.get("title"), f"{where} title", problems),
                "summary": _texts(item.get("summary"), f"{where} summary", problems),
            })  # fmt: skip


def _read_crimes(
    raw: list[dict[str, Any]],
    shared: dict[str, Any],
    provisions: set[str],
    data: CatalogueData,
    problems: list[str],
) -> None:
    codes: set[str] = set()
    general = shared.get(GENERAL_MENTAL_KEY)
    if general is None:
        problems.append(f"elements-shared.yaml: no {GENERAL_MENTAL_KEY!r} text")
    for order, item in enumerate(raw, 1):
        code = str(item.get("code", ""))
        where = f"crimes.yaml: crime {code!r}"
        if not code or code in codes:
            problems.append(f"{where}: missing or repeated code")
            continue
        codes.add(code)
        if item.get("provision") not in provisions:
            problems.append(f"{where}: no provision {item.get('provision')!r} in the catalogue")
        if item.get("category") not in CRIME_CATEGORIES:
            problems.append(f"{where}: category must be one of {sorted(CRIME_CATEGORIES)}")
        conflict = str(item.get("conflict") or "")
        if conflict not in CONFLICTS:
            problems.append(f"{where}: conflict must be one of {sorted(CONFLICTS)}")
        data.crimes.append({
            "code": code, "provision": item.get("provision"), "category": item.get("category"),
            "conflict": conflict, "order": order,
            "name": _texts(item.get("name"), f"{where} name", problems),
        })  # fmt: skip
        listed = [*(item.get("elements") or []), {"use": GENERAL_MENTAL_KEY}]
        for number, element in enumerate(listed, 1):
            is_general = number == len(listed)
            _read_element(element, shared, code, 0 if is_general else number, data, problems)


def _read_element(
    element: dict[str, Any],
    shared: dict[str, Any],
    crime: str,
    number: int,
    data: CatalogueData,
    problems: list[str],
) -> None:
    where = f"crimes.yaml: crime {crime!r} element {number}"
    if "use" in element:
        if element["use"] not in shared:
            problems.append(f"{where}: no shared element {element['use']!r}")
            return
        element = shared[element["use"]]
    kind = element.get("kind")
    if kind not in ELEMENT_KINDS:
        problems.append(f"{where}: kind must be one of {sorted(ELEMENT_KINDS)}")
    context_key = str(element.get("context_key") or "")
    if context_key and kind != "contextual":
        problems.append(f"{where}: only contextual elements have a context key")
    data.elements.append({
        "crime": crime, "number": number, "kind": kind, "context_key": context_key,
        "specific_intent": bool(element.get("specific_intent", False)),
        "text": _texts(element.get("text"), where, problems),
    })  # fmt: skip


def _read_relations(
    raw: dict[str, Any], provisions: set[str], data: CatalogueData, problems: list[str]
) -> None:
    for kind in RELATION_KINDS:
        for source, targets in (raw.get(kind) or {}).items():
            for target in targets or []:
                missing = [code for code in (source, target) if code not in provisions]
                if missing:
                    problems.append(f"relations.yaml: {kind} {source} → {target}: no {missing}")
                elif source == target:
                    problems.append(f"relations.yaml: {source} is related to itself")
                else:
                    data.relations.append((source, target, kind))


def _read_mappings(
    raw: dict[str, Any],
    provisions: set[str],
    crimes: set[str],
    data: CatalogueData,
    problems: list[str],
) -> None:
    from rightsledger.records.vocabulary import ActType

    for act_type, targets in raw.items():
        if act_type not in ActType.values:
            problems.append(f"act_types.yaml: {act_type!r} is not an act type of the record")
            continue
        for code in (targets or {}).get("provisions") or []:
            if code not in provisions:
                problems.append(f"act_types.yaml: {act_type}: no provision {code!r}")
            else:
                data.mappings.append((act_type, "provision", code))
        for code in (targets or {}).get("crimes") or []:
            if code not in crimes:
                problems.append(f"act_types.yaml: {act_type}: no crime {code!r}")
            else:
                data.mappings.append((act_type, "crime", code))
