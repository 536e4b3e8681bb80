"""Validated capture-history tables: who was seen on which lists, and how often.

A capture history is a 0/1 pattern over J lists ("on EXH and OSCE, not on ABA or HRW") and
the number of distinct people with that pattern. The all-absent pattern is never observed:
estimating its size is the whole point. Every estimator takes a :class:`CaptureHistory`, so
input is checked in exactly one place and bad input fails before any number is produced.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import EstimationInputError

#: Cells with fewer people than this are called "small" in warnings.
SMALL_CELL = 5
#: Strata with fewer observed people than this get a "stratum too small" warning.
SMALL_STRATUM = 50


@dataclass(frozen=True, eq=False)
class CaptureHistory:
    """Counts of people per capture pattern over named lists, optionally per stratum.

    Build one with :meth:`from_table` (one row per pattern plus a count column),
    :meth:`from_records` (one row per person) or :meth:`from_csv`. ``patterns`` holds the
    distinct observed patterns (rows of 0/1, one column per list) and ``counts`` the number
    of people with each; zero-count patterns are dropped. ``strata`` maps a stratum label to
    that stratum's own history; the top-level counts are then the pooled totals.
    """

    list_names: tuple[str, ...]
    patterns: np.ndarray
    counts: np.ndarray
    strata: Mapping[str, CaptureHistory] = field(default_factory=dict)

    # ----------------------------------------------------------------- constructors
    @classmethod
    def from_cells(
        cls, list_names: Sequence[str], cells: Mapping[tuple[int, ...], int]
    ) -> CaptureHistory:
        """Build from a mapping of 0/1 pattern tuples to counts (already validated ints)."""
        names = _check_list_names(list_names)
        rows = [(tuple(int(v) for v in key), int(c)) for key, c in cells.items()]
        frame = pd.DataFrame([(*p, c) for p, c in rows], columns=[*names, "count"])
        return cls.from_table(frame, lists=names)

    @classmethod
    def from_table(
        cls,
        frame: pd.DataFrame,
        *,
        lists: Sequence[str] | None = None,
        count_column: str = "count",
        stratum_column: str | None = None,
    ) -> CaptureHistory:
        """Build from an aggregated table: 0/1 list columns plus a count column.

        ``lists`` defaults to every column except the count and stratum columns. Rows with
        the same pattern (within a stratum) are added up.
        """
        if count_column not in frame.columns:
            raise EstimationInputError(
                f"missing count column {count_column!r}: an aggregated capture-history table "
                "needs one 0/1 column per list and a column with the number of people per "
                f"pattern (columns found: {', '.join(map(str, frame.columns)) or 'none'})"
            )
        list_columns = _resolve_lists(frame, lists, exclude={count_column, stratum_column})
        counts = _integer_counts(frame[count_column], count_column)
        return cls._build(frame, list_columns, counts, stratum_column)

    @classmethod
    def from_records(
        cls,
        frame: pd.DataFrame,
        *,
        lists: Sequence[str],
        stratum_column: str | None = None,
    ) -> CaptureHistory:
        """Build from one row per person with a 0/1 (or boolean) membership column per list.

        This is the shape of a case's linked persons after record linkage; ``stratum_column``
        (place, period, sex, age group …) splits the estimate into strata.
        """
        list_columns = _resolve_lists(frame, lists, exclude={stratum_column})
        counts = np.ones(len(frame), dtype=np.int64)
        return cls._build(frame, list_columns, counts, stratum_column)

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        *,
        count_column: str = "count",
        per_person: bool = False,
        lists: Sequence[str] | None = None,
        stratum_column: str | None = None,
    ) -> CaptureHistory:
        """Read a CSV file: aggregated with a count column, or one row per person."""
        try:
            frame = pd.read_csv(path)
        except FileNotFoundError as exc:
            raise EstimationInputError(f"no such file: {path}") from exc
        except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise EstimationInputError(f"cannot read {path} as CSV: {exc}") from exc
        frame.columns = [str(c).strip() for c in frame.columns]
        if per_person:
            chosen = list(lists) if lists else [c for c in frame.columns if c != stratum_column]
            return cls.from_records(frame, lists=chosen, stratum_column=stratum_column)
        return cls.from_table(
            frame, lists=lists, count_column=count_column, stratum_column=stratum_column
        )

    @classmethod
    def _build(
        cls,
        frame: pd.DataFrame,
        list_columns: list[str],
        counts: np.ndarray,
        stratum_column: str | None,
    ) -> CaptureHistory:
        if len(frame) == 0:
            raise EstimationInputError("the capture-history table is empty: it has no rows")
        patterns = np.column_stack([_binary_column(frame[c], c) for c in list_columns])
        absent = np.flatnonzero(patterns.sum(axis=1) == 0)
        if absent.size:
            raise EstimationInputError(
                f"row {int(absent[0]) + 2} has the all-zero pattern (on no list); nobody "
                "can be observed on no list, so this row is a data error: remove it"
            )
        if stratum_column is None:
            return cls._aggregate(tuple(list_columns), patterns, counts)
        if stratum_column not in frame.columns:
            raise EstimationInputError(f"missing stratum column {stratum_column!r}")
        labels = frame[stratum_column]
        if labels.isna().any():
            row = int(np.flatnonzero(labels.isna().to_numpy())[0]) + 2
            raise EstimationInputError(
                f"row {row} has no value in stratum column {stratum_column!r}"
            )
        label_values = labels.astype(str).to_numpy()
        strata = {
            label: cls._aggregate(
                tuple(list_columns), patterns[label_values == label], counts[label_values == label]
            )
            for label in sorted(set(label_values))
        }
        pooled = cls._aggregate(tuple(list_columns), patterns, counts)
        return cls(pooled.list_names, pooled.patterns, pooled.counts, strata)

    @classmethod
    def _aggregate(
        cls, names: tuple[str, ...], patterns: np.ndarray, counts: np.ndarray
    ) -> CaptureHistory:
        if len(names) < 2:
            raise EstimationInputError(
                f"only one list ({names[0] if names else 'none'}): multiple systems estimation "
                "needs at least two lists, and three or more for any check of dependence"
            )
        index = _pattern_index(patterns)
        totals = np.bincount(index, weights=counts, minlength=2 ** len(names)).astype(np.int64)
        if totals.sum() == 0:
            raise EstimationInputError("the capture-history table is empty: all counts are zero")
        keep = np.flatnonzero(totals > 0)
        return cls(names, _index_patterns(keep, len(names)), totals[keep])

    # ------------------------------------------------------------------ properties
    @property
    def n_lists(self) -> int:
        return len(self.list_names)

    @property
    def observed(self) -> int:
        """Number of distinct people observed on at least one list."""
        return int(self.counts.sum())

    @property
    def is_stratified(self) -> bool:
        return bool(self.strata)

    def cell_counts(self) -> np.ndarray:
        """Counts for all 2^J patterns, indexed with the first list as the highest bit.

        Index 0 is the unobserved all-absent cell and always holds 0.
        """
        full = np.zeros(2**self.n_lists, dtype=np.int64)
        full[_pattern_index(self.patterns)] = self.counts
        return full

    def all_patterns(self) -> np.ndarray:
        """The 2^J x J matrix of every pattern, in :meth:`cell_counts` order."""
        return _index_patterns(np.arange(2**self.n_lists), self.n_lists)

    def list_totals(self) -> dict[str, int]:
        return {
            name: int(self.counts[self.patterns[:, j] == 1].sum())
            for j, name in enumerate(self.list_names)
        }

    def fingerprint(self) -> str:
        """SHA-256 of a canonical rendering, so a stored result names exactly its input."""
        payload = json.dumps(self._canonical(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _canonical(self) -> dict[str, Any]:
        cells = sorted(
            ("".join(str(int(v)) for v in p), int(c))
            for p, c in zip(self.patterns, self.counts, strict=True)
        )
        canonical: dict[str, Any] = {"lists": list(self.list_names), "cells": cells}
        if self.strata:
            canonical["strata"] = {k: v._canonical() for k, v in sorted(self.strata.items())}
        return canonical

    def to_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.patterns, columns=list(self.list_names))
        frame["count"] = self.counts
        return frame

    def data_warnings(self) -> list[str]:
        """Honest warnings about the table itself, shared by all estimators."""
        found: list[str] = []
        if self.n_lists < 3:
            found.append(
                f"only {self.n_lists} lists: with fewer than three lists the estimate rests "
                "on the untestable assumption that the lists are independent"
            )
        empty_lists = [name for name, total in self.list_totals().items() if total == 0]
        if empty_lists:
            found.append(f"lists with nobody on them: {', '.join(empty_lists)}")
        cells = self.cell_counts()[1:]
        n_empty = int((cells == 0).sum())
        n_small = int(((cells > 0) & (cells < SMALL_CELL)).sum())
        if n_empty:
            found.append(
                f"sparse table: {n_empty} of {cells.size} observable cells are empty; "
                "models with many interactions may not be identifiable"
            )
        elif n_small:
            found.append(
                f"sparse table: {n_small} of {cells.size} cells have fewer than {SMALL_CELL} people"
            )
        for a, b, shared in self.pairwise_overlaps():
            if shared == 0:
                found.append(f"lists {a} and {b} have no one in common")
        return found

    def pairwise_overlaps(self) -> Iterable[tuple[str, str, int]]:
        for i in range(self.n_lists):
            for j in range(i + 1, self.n_lists):
                both = (self.patterns[:, i] == 1) & (self.patterns[:, j] == 1)
                yield self.list_names[i], self.list_names[j], int(self.counts[both].sum())


# ---------------------------------------------------------------------- helpers
def _check_list_names(names: Sequence[str]) -> list[str]:
    result = [str(n) for n in names]
    if len(set(result)) != len(result):
        raise EstimationInputError(f"duplicate list names: {', '.join(result)}")
    return result


def _resolve_lists(
    frame: pd.DataFrame, lists: Sequence[str] | None, exclude: set[str | None]
) -> list[str]:
    if lists is None:
        chosen = [str(c) for c in frame.columns if c not in exclude]
    else:
        chosen = _check_list_names(lists)
        missing = [c for c in chosen if c not in frame.columns]
        if missing:
            raise EstimationInputError(f"missing list columns: {', '.join(missing)}")
    if len(chosen) < 2:
        only = chosen[0] if chosen else "none"
        raise EstimationInputError(
            f"only one list ({only}): multiple systems estimation needs at least two lists, "
            "and three or more for any check of dependence"
        )
    return chosen


def _numeric(column: pd.Series, name: str) -> np.ndarray:
    values = pd.to_numeric(column, errors="coerce")
    bad = values.isna().to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise EstimationInputError(
            f"column {name!r} has a missing or non-numeric value {column.iloc[row]!r} "
            f"at row {row + 2}"
        )
    return values.to_numpy(dtype=float)


def _binary_column(column: pd.Series, name: str) -> np.ndarray:
    if column.dtype == bool:
        return column.to_numpy().astype(np.int8)
    values = _numeric(column, name)
    bad = ~np.isin(values, (0.0, 1.0))
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise EstimationInputError(
            f"list column {name!r} must hold only 0 or 1, found {column.iloc[row]!r} "
            f"at row {row + 2}"
        )
    return values.astype(np.int8)


def _integer_counts(column: pd.Series, name: str) -> np.ndarray:
    values = _numeric(column, name)
    negative = values < 0
    if negative.any():
        row = int(np.flatnonzero(negative)[0])
        raise EstimationInputError(
            f"count column {name!r} has a negative count {column.iloc[row]!r} at row {row + 2}"
        )
    fractional = values != np.floor(values)
    if fractional.any():
        row = int(np.flatnonzero(fractional)[0])
        raise EstimationInputError(
            f"count column {name!r} has a fractional count {column.iloc[row]!r} at row "
            f"{row + 2}: counts are numbers of people"
        )
    return values.astype(np.int64)


def _pattern_index(patterns: np.ndarray) -> np.ndarray:
    n_lists = patterns.shape[1]
    weights = 2 ** np.arange(n_lists - 1, -1, -1)
    return (patterns.astype(np.int64) @ weights).astype(np.int64)


def _index_patterns(index: np.ndarray, n_lists: int) -> np.ndarray:
    shifts = np.arange(n_lists - 1, -1, -1)
    return ((np.asarray(index)[:, None] >> shifts) & 1).astype(np.int8)
