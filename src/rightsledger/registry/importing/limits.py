"""How large a list may be: rows, columns, cells, and what an XLSX or ODS container unpacks to.

A spreadsheet is a ZIP of XML: a few megabytes can declare gigabytes of XML, and a few
hundred bytes of ODS can repeat one row two million times.  The container is checked from
its members' declared sizes before any XML is parsed (Python's zipfile never reads past a
declared size), and rows, columns and cells are counted while they stream.  The limits come
from the settings (``RIGHTSLEDGER_LIST_MAX_*``), so a deployment can raise them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from rightsledger.registry.importing.errors import ListFileError

# Small members (styles, settings) compress by large ratios without being bombs.
RATIO_CHECKED_FROM_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ListLimits:
    max_rows: int
    max_columns: int
    max_cells: int
    max_unpacked_bytes: int
    max_packing_ratio: int

    @classmethod
    def from_settings(cls) -> ListLimits:
        return cls(
            max_rows=settings.LIST_MAX_ROWS,
            max_columns=settings.LIST_MAX_COLUMNS,
            max_cells=settings.LIST_MAX_CELLS,
            max_unpacked_bytes=settings.LIST_MAX_UNPACKED_BYTES,
            max_packing_ratio=settings.LIST_MAX_PACKING_RATIO,
        )

    def too_many_rows(self, name: str) -> ListFileError:
        return ListFileError(
            f"{name}: more than {self.max_rows:,} rows (the limit, RIGHTSLEDGER_LIST_MAX_ROWS)"
        )

    def too_many_columns(self, name: str, row: int, columns: int) -> ListFileError:
        return ListFileError(
            f"{name}: row {row} has {columns:,} columns, more than {self.max_columns:,} "
            "(the limit, RIGHTSLEDGER_LIST_MAX_COLUMNS)"
        )


def check_container(path: Path, limits: ListLimits) -> None:
    """Refuse an XLSX or ODS whose members would unpack beyond the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ListFileError(f"{path.name}: a damaged ZIP container ({exc})") from exc
    total = sum(member.file_size for member in members)
    if total > limits.max_unpacked_bytes:
        raise ListFileError(
            f"{path.name}: unpacks to {_mb(total)}, more than {_mb(limits.max_unpacked_bytes)} "
            "(the limit, RIGHTSLEDGER_LIST_MAX_UNPACKED_BYTES)"
        )
    for member in members:
        if member.file_size < RATIO_CHECKED_FROM_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > limits.max_packing_ratio:
            raise ListFileError(
                f"{path.name}: {member.filename} unpacks to {_mb(member.file_size)} from "
                f"{_mb(member.compress_size)} ({ratio:,.0f} times), more than "
                f"{limits.max_packing_ratio} times (the limit, RIGHTSLEDGER_LIST_MAX_PACKING_RATIO)"
            )


def bounded(rows: Iterator[list[str]], name: str, limits: ListLimits) -> Iterator[list[str]]:
    """``rows``, stopping with an error past the row, column or cell limit."""
    cells = 0
    for number, row in enumerate(rows, start=1):
        if number > limits.max_rows + 1:  # the header is not counted
            raise limits.too_many_rows(name)
        if len(row) > limits.max_columns:
            raise limits.too_many_columns(name, number - 1, len(row))
        cells += len(row)
        if cells > limits.max_cells:
            raise ListFileError(
                f"{name}: more than {limits.max_cells:,} cells "
                "(the limit, RIGHTSLEDGER_LIST_MAX_CELLS)"
            )
        yield row


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MiB"
