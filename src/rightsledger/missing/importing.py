"""Importing missing-person lists and exhumation records from CSV, XLSX or ODS files.

A **missing-person list** (an ICRC-style tracing list) enters the record the way every list
does — ``registry.import_list``: each row kept verbatim, a person of the record with the
name and status it gives, attributed to the row and the list's source — and then each row
that says more (last seen, height, dental notes …) opens its person's missing-person file
with it.  The mapping file is the registry's, with a ``missing:`` section naming the
file's columns for the file's fields::

    columns:            # the registry's canonical columns
      full_name: Name
    status_values:
      disappeared: missing
    missing:            # missing person's file field: the file's header
      last_seen_date: Date last seen
      last_seen_place: Place last seen
      height: Height (cm)

**Exhumation records** (one row per remains case: tag, site, dates and findings) become
remains cases; the file is preserved as an evidence item first, and each case says which
row of it it came from.  Sites are named by their name or code and must be recorded.

Every value is checked before anything is written; a bad one refuses the whole file,
naming its row and column, and leaves the record as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.missing import actions
from rightsledger.missing.models import BurialSite, MissingPersonFile, RemainsCase
from rightsledger.records import models as rm
from rightsledger.records.figures import STILL_MISSING_IF
from rightsledger.registry.importing import (
    ColumnMapping,
    ImportReport,
    ListFileError,
    import_list,
    load_mapping,
    preview_list,
)

FILE_COLUMNS = (
    "last_seen_date", "last_seen_place", "last_seen_with", "reported_by", "reported_on",
    "circumstances", "height", "height_min_cm", "height_max_cm", "build", "hair", "eyes",
    "dental_notes", "distinguishing_marks", "clothing_and_belongings", "medical_history",
)  # fmt: skip
REMAINS_COLUMNS = (
    "tag", "site", "exhumation", "recovered_on", "condition", "estimated_sex", "age_min",
    "age_max", "stature_min_cm", "stature_max_cm", "trauma", "cause_of_death",
    "manner_of_death", "dental_findings", "clothing_and_effects", "pathologist",
    "commingling_group", "notes",
)  # fmt: skip
DATES = {"last_seen_date", "reported_on", "recovered_on"}
NUMBERS = {"height", "height_min_cm", "height_max_cm", "age_min", "age_max", "stature_min_cm",
           "stature_max_cm"}  # fmt: skip


@dataclass
class Imported:
    files: int = 0
    remains: int = 0
    skipped: list[str] = field(default_factory=list)
    report: ImportReport | None = None


def _normal(header: str) -> str:
    return "_".join(header.strip().casefold().replace("-", " ").split())


def section(mapping: Path | None, name: str, known: tuple[str, ...]) -> dict[str, str]:
    """A section of the mapping file: our field → the file's header (default: same name)."""
    if mapping is None:
        return {}
    try:
        data = yaml.safe_load(mapping.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ListFileError(f"mapping {mapping}: cannot be read ({exc})") from exc
    found = data.get(name) or {} if isinstance(data, dict) else {}
    if not isinstance(found, dict):
        raise ListFileError(f"mapping {mapping}: {name!r} must be a mapping")
    unknown = set(found) - set(known)
    if unknown:
        raise ListFileError(f"mapping {mapping}: unknown {name} fields {sorted(unknown)}")
    return {str(k): str(v) for k, v in found.items()}


def resolve(header: list[str], columns: dict[str, str], known: tuple[str, ...],
            only_mapped: bool = False) -> dict[str, int]:  # fmt: skip
    """Our field → its column in ``header``: the one ``columns`` names, else (unless
    ``only_mapped``) a column named like the field."""
    positions = {_normal(h): i for i, h in enumerate(header)}
    resolved = {}
    for name in known:
        if only_mapped and name not in columns:
            continue
        wanted = columns.get(name, name)
        index = positions.get(_normal(wanted))
        if index is None and name in columns:
            raise ListFileError(f"mapping: column {wanted!r} (for {name}) is not in the header")
        if index is not None:
            resolved[name] = index
    return resolved


def _value(name: str, text: str, where: str) -> Any:
    """``where``: the row and the file's column, for the message."""
    text = text.strip()
    if not text:
        return None
    try:
        if name in DATES:
            return dt.date.fromisoformat(text)
        if name in NUMBERS:
            number = float(text.replace(",", "."))
            if not number.is_integer() or number < 0:
                raise ValueError(text)
            return int(number)
    except ValueError:
        kind = "a date (YYYY-MM-DD)" if name in DATES else "a whole number"
        raise ListFileError(f"{where}: {text!r} is not {kind}") from None
    return text


def _values(cells: list[str], columns: dict[str, int], where: str,
            header: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    values = {}
    for name, index in columns.items():
        column = f"column {header[index]!r} ({name})" if header else name
        value = _value(name, cells[index] if index < len(cells) else "", f"{where}, {column}")
        if value is not None:
            values[name] = value
    return values


def _places(case: Case) -> dict[str, rm.Place]:
    """Places by name and by each of their names, case-insensitively."""
    found: dict[str, rm.Place] = {}
    for place in rm.Place.objects.filter(case=case).prefetch_related("names"):
        for name in [place.name, *(n.name for n in place.names.all())]:
            found.setdefault(name.casefold(), place)
    return found


def _file_fields(values: dict[str, Any], places: dict[str, rm.Place], where: str) -> dict[str, Any]:
    fields = dict(values)
    if "height" in fields:
        height = fields.pop("height")
        fields.setdefault("height_min_cm", height)
        fields.setdefault("height_max_cm", height)
    if "last_seen_place" in fields:
        name = fields.pop("last_seen_place")
        place = places.get(name.casefold())
        if place is None:
            fields["circumstances"] = "; ".join(
                p for p in (fields.get("circumstances", ""), f"last seen at {name}") if p
            )
        else:
            fields["last_seen_place"] = place
    return fields


@dataclass(frozen=True)
class Mappings:
    """Which of the file's columns holds what: the registry's columns (``list_columns``,
    for a missing-person list, with its status words), the file's fields
    (``file_columns``) or the remains' (``remains_columns``) — ours → the file's header."""

    list_columns: dict[str, str] = field(default_factory=dict)
    status_values: dict[str, str] = field(default_factory=dict)
    file_columns: dict[str, str] = field(default_factory=dict)
    remains_columns: dict[str, str] = field(default_factory=dict)
    only_mapped: bool = False  # the file's and remains' fields: no guessing from the header

    @classmethod
    def read(cls, mapping: Path | None) -> Mappings:
        """From a mapping file (the registry's, with ``missing:`` and ``remains:`` sections)."""
        if mapping is None:
            return cls()
        base = load_mapping(mapping)
        return cls(base.columns, base.status_values, section(mapping, "missing", FILE_COLUMNS),
                   section(mapping, "remains", REMAINS_COLUMNS))  # fmt: skip

    def registry(self) -> ColumnMapping:
        return ColumnMapping(dict(self.list_columns), dict(self.status_values))


def check_missing_list(path: Path, mappings: Mappings) -> list[str]:
    """Every problem of a missing-person list, each naming its row and column; writes nothing."""
    from rightsledger.registry.importing.reading import detect_format, iter_rows

    report, _first = preview_list(path, mappings.registry())
    problems = [f"{path.name}, row {n}: {message}" for n, message in report.errors]
    rows = iter_rows(path, detect_format(path))
    header = next(rows, None) or []
    where = resolve(header, mappings.file_columns, FILE_COLUMNS, mappings.only_mapped)
    for number, cells in enumerate(rows, start=1):
        if any(c.strip() for c in cells):
            try:
                _values(cells, where, f"{path.name}, row {number}", header)
            except ListFileError as error:
                problems.append(str(error))
    return problems


def import_missing_list(*, case: Case, path: Path, source: Any, acting_user: Any,
                        mapping: Path | Mappings | None = None, event: rm.Event | None = None,
                        **options: Any) -> Imported:  # fmt: skip
    """Import a list of the missing (``registry.import_list``) and open each listed person's
    file with what the row says of them; all or nothing."""
    mappings = mapping if isinstance(mapping, Mappings) else Mappings.read(mapping)
    columns = mappings.file_columns
    done = Imported()
    with transaction.atomic():
        report = import_list(case=case, source=source, path=path, acting_user=acting_user,
                             mapping=mappings.registry(), event=event, **options)  # fmt: skip
        done.report = report
        from rightsledger.registry.models import ListImport, SourceRecord

        list_import = ListImport.objects.get(pk=int(report.list_import_id or 0))
        header = list(list_import.header)
        where = resolve(header, columns, FILE_COLUMNS, mappings.only_mapped)
        places = _places(case)
        records = (
            SourceRecord.objects.filter(list_import=list_import, person__isnull=False)
            .select_related("raw_row", "person").order_by("raw_row__row_number")
        )  # fmt: skip
        for record in records:
            raw: Any = record.raw_row
            person: Any = record.person
            row = f"{path.name}, row {raw.row_number}"
            values = _values(list(raw.cells), where, row, header)
            if record.status not in ("", *STILL_MISSING_IF):
                done.skipped.append(f"{row}: listed as {record.status}, not missing")
                continue
            if MissingPersonFile.objects.filter(person=person).exists():
                done.skipped.append(f"{row}: the person has a file already")
                continue
            try:
                actions.open_file(person=person, acting_user=acting_user,
                                  event=list_import.event,
                                  **_file_fields(values, places, row))  # fmt: skip
            except ValidationError as error:
                raise ListFileError(f"{row}: {'; '.join(error.messages)}") from error
            done.files += 1
    return done


def _said(error: ValidationError, columns: dict[str, str] | None = None) -> str:
    """A model's refusal in one line, each message after the field (or the file's column)
    it names."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    columns = columns or {}
    return "; ".join(" ".join(v) if k == "__all__" else f"{columns.get(k, k)}: {' '.join(v)}"
                     for k, v in error.message_dict.items())  # fmt: skip


def plan_remains(*, case: Case, path: Path, mappings: Mappings) -> list[tuple[int, dict[str, Any]]]:
    """Every row of exhumation records read and checked as a remains case (writes nothing);
    a bad value raises ``ListFileError`` naming its row and the file's column."""
    from rightsledger.registry.importing.reading import detect_format, iter_rows

    if not path.is_file():
        raise ListFileError(f"{path}: no such file")
    rows = iter_rows(path, detect_format(path))
    header = next(rows, None)
    if header is None:
        raise ListFileError(f"{path.name}: no header row")
    where = resolve(header, mappings.remains_columns, REMAINS_COLUMNS, mappings.only_mapped)
    if "tag" not in where:
        raise ListFileError(f"{path.name}: no tag column (or a mapping that names it)")
    column = {name: f"column {header[i]!r} ({name})" for name, i in where.items()}
    sites = {s.name.casefold(): s for s in BurialSite.objects.filter(case=case)}
    planned: list[tuple[int, dict[str, Any]]] = []
    tags: dict[str, int] = {}
    for number, cells in enumerate(rows, start=1):
        if not any(c.strip() for c in cells):
            continue
        row = f"{path.name}, row {number}"
        values = _values(cells, where, row, header)
        if "site" in values:
            site = sites.get(values["site"].casefold())
            if site is None:
                raise ListFileError(f"{row}, {column['site']}: no burial site "
                                    f"{values['site']!r} is recorded")  # fmt: skip
            values["site"] = site
        tag = str(values.get("tag", "")).strip()
        if tag in tags:
            raise ListFileError(f"{row}, {column['tag']}: tag {tag!r} is also on row {tags[tag]}")
        tags[tag] = number
        try:
            RemainsCase(case=case, **values).full_clean()
        except ValidationError as error:
            raise ListFileError(f"{row}: {_said(error, column)}") from error
        planned.append((number, values))
    if not planned:
        raise ListFileError(f"{path.name}: the file has a header but no rows")
    return planned


def import_remains(*, case: Case, path: Path, acting_user: Any,
                   mapping: Path | Mappings | None = None) -> Imported:  # fmt: skip
    """Import exhumation records as remains cases; all or nothing."""
    from rightsledger.evidence.actions import ingest_stream

    mappings = mapping if isinstance(mapping, Mappings) else Mappings.read(mapping)
    planned = plan_remains(case=case, path=path, mappings=mappings)
    done = Imported()
    with transaction.atomic(), path.open("rb") as handle:
        item = ingest_stream(case=case, chunks=iter(lambda: handle.read(1 << 20), b""),
                             file_name=path.name, acting_user=acting_user,
                             description="exhumation records", purpose="import").item  # fmt: skip
        for number, values in planned:
            origin = f"imported from evidence item {item.pk} ({path.name}), row {number}"
            values["notes"] = "\n".join(p for p in (values.get("notes", ""), origin) if p)
            try:
                create_object(RemainsCase, acting_user=acting_user, case=case, **values)
            except ValidationError as error:
                raise ListFileError(f"{path.name}, row {number}: {_said(error)}") from error
            done.remains += 1
    return done
