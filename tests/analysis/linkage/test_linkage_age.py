"""An age given with no event date is set against the other record's birth and event."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from rightsledger.analysis.linkage.comparisons import comparisons
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import COMPARISON_NAMES

DATED = {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
         "event_date": "1992-03-02"}  # fmt: skip


def _birth_level(left: dict[str, str], right: dict[str, str]) -> Any:
    """The level of the birth comparison the pair of records falls in."""
    records = pd.DataFrame([left, right]).fillna("")
    records["record_key"], records["source"] = ["a", "b"], ["one", "other"]
    features = prepare_features(records, "record_key", "source")
    birth = comparisons(features, term_frequencies=False)[COMPARISON_NAMES.index("birth")]
    pair = pd.concat(
        [
            features.iloc[[0]].add_suffix("_l").reset_index(drop=True),
            features.iloc[[1]].add_suffix("_r").reset_index(drop=True),
        ],
        axis=1,
    )
    connection = duckdb.connect()
    connection.register("pair", pair)
    for level in birth.get_comparison("duckdb").comparison_levels:
        if level._is_else_level:
            return level
        condition = level.sql_condition
        if connection.execute(f"SELECT {condition} FROM pair").fetchone()[0]:  # noqa: S608
            return level
    raise AssertionError("no level")


def test_an_age_that_fits_the_others_birth_and_event_is_evidence() -> None:
    for age in ("41", "42"):  # before or after the birthday
        level = _birth_level(DATED, {"full_name": "Tofiq Nəbiyev", "age": age})
        assert not level.is_null_level
        assert not level._is_else_level


def test_an_age_far_from_the_others_birth_and_event_is_against() -> None:
    level = _birth_level(DATED, {"full_name": "Tofiq Nəbiyev", "age": "12"})
    assert level._is_else_level


def test_an_age_beside_a_record_without_event_date_says_nothing() -> None:
    undated = {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12"}
    level = _birth_level(undated, {"full_name": "Tofiq Nəbiyev", "age": "41"})
    assert level.is_null_level


def test_a_year_from_an_age_one_off_a_date_has_a_level_of_its_own() -> None:
    # 1992 less 42 is 1950 or 1951 by the birthday alone: not a slip in a year.
    aged = {"full_name": "Tofiq Nəbiyev", "age": "41", "event_date": "02.03.1992"}
    assert _birth_level(DATED, aged).label_for_charts == "year from an age, off by one"
    stated = {"full_name": "Tofiq Nəbiyev", "birth_year": "1951"}
    assert _birth_level(DATED, stated).label_for_charts == "year off by one"
