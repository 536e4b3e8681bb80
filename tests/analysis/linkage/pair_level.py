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
    records["record_key"], records["source"] = ["a", "b"], ["one", "other"]
    features = prepare_features(records, "record_key", "source")
    chosen = comparisons(features, term_frequencies=False)[COMPARISON_NAMES.index(comparison)]
    pair = pd.concat(
        [
            features.iloc[[0]].add_suffix("_l").reset_index(drop=True),
            features.iloc[[1]].add_suffix("_r").reset_index(drop=True),
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
