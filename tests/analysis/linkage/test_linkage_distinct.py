"""Columns computed once per distinct value are the columns pandas' own maps give."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rightsledger.analysis.linkage.distinct import map_distinct, occurrences

VALUES = ["Kamil", None, "kamil", "Kamil", "", "Əli", None, "Əli"]


@pytest.mark.parametrize("dtype", ["str", "string", object])
def test_map_distinct_is_map_ignoring_missing_values(dtype: object) -> None:
    values = pd.Series(VALUES, dtype=dtype, index=[3, 1, 4, 1, 5, 9, 2, 6], name="given")
    expected = values.map(str.upper, na_action="ignore")
    pd.testing.assert_series_equal(map_distinct(values, str.upper), expected)


def test_map_distinct_keeps_a_function_s_missing_results() -> None:
    values = pd.Series(["a", "b", "a", None], dtype="str")
    expected = values.map(lambda v: None if v == "a" else v, na_action="ignore")
    pd.testing.assert_series_equal(
        map_distinct(values, lambda v: None if v == "a" else v), expected
    )


@pytest.mark.parametrize("dtype", ["str", object])
def test_occurrences_are_value_counts_mapped(dtype: object) -> None:
    values = pd.Series(VALUES, dtype=dtype)
    expected = values.map(values.value_counts()).fillna(0).astype("int64").to_numpy()
    np.testing.assert_array_equal(occurrences(values), expected)


def test_occurrences_among_other_values() -> None:
    values = pd.Series(["Kamil", "Əli", None, "Vüqar"], dtype="str")
    among = pd.Series(["Əli", "Əli", "Kamil", None], dtype="str")
    np.testing.assert_array_equal(occurrences(values, among), [1, 2, 0, 0])
