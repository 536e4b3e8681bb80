"""Which file column holds which canonical field, and how a list spells its statuses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rightsledger.registry.importing.errors import ListFileError
from rightsledger.registry.models import CANONICAL_COLUMNS


def _normal(header: str) -> str:
    return "_".join(header.strip().casefold().replace("-", " ").split())


@dataclass(frozen=True)
class ColumnMapping:
    """``columns``: canonical field → the file's header; ``status_values``: the list's own
    status words → victim statuses (added to the built-in vocabulary)."""

    columns: dict[str, str] = field(default_factory=dict)
    status_values: dict[str, str] = field(default_factory=dict)

    def resolve(self, header: list[str]) -> dict[str, int]:
        """Canonical field → column index in this file's header."""
        positions = {_normal(name): i for i, name in enumerate(header)}
        resolved: dict[str, int] = {}
        for canonical in CANONICAL_COLUMNS:
            wanted = self.columns.get(canonical, canonical)
            index = positions.get(_normal(wanted))
            if index is None and canonical in self.columns:
                raise ListFileError(
                    f"mapping: column {wanted!r} (for {canonical}) is not in the file's header"
                )
            if index is not None:
                resolved[canonical] = index
        if not {"full_name", "given_name", "surname"} & resolved.keys():
            raise ListFileError(
                "no name column: the header needs full_name, given_name or surname "
                "(or a mapping that names them)"
            )
        return resolved


def load_mapping(path: Path | None) -> ColumnMapping:
    if path is None:
        return ColumnMapping()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ListFileError(f"mapping {path}: cannot be read ({exc})") from exc
    if not isinstance(data, dict):
        raise ListFileError(f"mapping {path}: expected a mapping with 'columns'")
    columns = data.get("columns", {}) or {}
    statuses = data.get("status_values", {}) or {}
    if not isinstance(columns, dict) or not isinstance(statuses, dict):
        raise ListFileError(f"mapping {path}: 'columns' and 'status_values' must be mappings")
    unknown = set(columns) - set(CANONICAL_COLUMNS)
    if unknown:
        raise ListFileError(f"mapping {path}: unknown canonical columns {sorted(unknown)}")
    from rightsledger.records.vocabulary import VictimStatus

    bad = {v for v in statuses.values() if v not in VictimStatus.values}
    if bad:
        raise ListFileError(f"mapping {path}: unknown victim statuses {sorted(bad)}")
    return ColumnMapping(
        {str(k): str(v) for k, v in columns.items()},
        {str(k).casefold(): str(v) for k, v in statuses.items()},
    )
