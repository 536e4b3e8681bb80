"""The level of one of the model's comparisons that a pair of records falls in."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from rightsledger.analysis.linkage.comparisons import comparisons
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import COMPARISON_NAMES


def level_of(left: dict[str, str], right: dict[str, str], comparison: str) -> Any:
    """The level of ``comparison`` (a name of ``COMPARISON_NAMES``) that the two records,
    from two lists, fall in."""
    records = pd.DataFrame([left, right]).fillna("")
    records["source"] = ["one", "other"]
    return level_among(records, 0, 1, comparison)


def level_among(records: pd.DataFrame, left: int, right: int, comparison: str) -> Any:
    """The level of ``comparison`` that rows ``left`` and ``right`` of ``records`` (with a
    ``source`` column) fall in, the other rows counting as the rest of the input (how
    often each name occurs)."""
    records = records.assign(record_key=[f"r{i}" for i in range(len(records))])
    features = prepare_features(records, "record_key", "source")
    chosen = comparisons(features, term_frequencies=False)[COMPARISON_NAMES.index(comparison)]
    pair = pd.concat(
        [
            features.iloc[[left]].add_suffix("_l").reset_index(drop=True),
            features.iloc[[right]].add_suffix("_r").reset_index(drop=True),
        ],
        axis=1,
    )
    connection = duckdb.connect()
    connection.register("pair", pair)
    for level in chosen.get_comparison("duckdb").comparison_levels:
        if level._is_else_level:
            return level
        condition = level.sql_condition
        if connection.execute(f"SELECT {condition} FROM pair").fetchone()[0]:  # noqa: S608
            return level
    raise AssertionError("no level")
