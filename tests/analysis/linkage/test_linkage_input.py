"""Bad input gets a clear error before any work is done."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from rightsledger.analysis.linkage import Decision, DecisionKind, LinkageConfig, link
from rightsledger.analysis.simulate import Simulation


@pytest.fixture
def records(small_sim: Simulation) -> pd.DataFrame:
    return small_sim.records().head(200).copy()


def test_it_rejects_a_non_frame() -> None:
    with pytest.raises(TypeError):
        link([{"record_key": "a"}])  # type: ignore[arg-type]


@pytest.mark.parametrize("column", ["record_key", "source"])
def test_it_needs_key_and_source_columns(records: pd.DataFrame, column: str) -> None:
    with pytest.raises(ValueError, match=column):
        link(records.drop(columns=[column]))


def test_keys_must_be_unique(records: pd.DataFrame) -> None:
    records.loc[records.index[1], "record_key"] = records["record_key"].iloc[0]
    with pytest.raises(ValueError, match="unique"):
        link(records)


def test_every_record_needs_a_name(records: pd.DataFrame) -> None:
    for column in ("full_name", "given_name", "surname", "patronymic"):
        records.loc[records.index[3], column] = ""
    with pytest.raises(ValueError, match="no name"):
        link(records)


def test_it_needs_enough_records_to_train(records: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="at least"):
        link(records.head(5))


def test_decisions_must_name_known_records(records: pd.DataFrame) -> None:
    decision = Decision(records["record_key"].iloc[0], "nowhere:1", DecisionKind.MATCH)
    with pytest.raises(ValueError, match="nowhere:1"):
        link(records, decisions=[decision])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"merge_threshold": 0.4, "review_threshold": 0.5},
        {"merge_threshold": 1.0},
        {"review_threshold": 0.0},
        {"backend": "oracle"},
        {"em_record_sample": 0.0},
        {"min_average": 1.5},
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"threshold|backend|sample|average|oracle"):
        LinkageConfig(**kwargs)  # type: ignore[arg-type]


def test_spark_without_pyspark_says_how_to_install(
    records: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # as if it were not installed
    with pytest.raises(ImportError, match="pip install pyspark"):
        link(records, LinkageConfig(backend="spark"))  # type: ignore[arg-type]


def test_custom_key_and_source_columns(small_sim: Simulation) -> None:
    records = small_sim.records().rename(columns={"record_key": "rk", "source": "list"})
    result = link(records, LinkageConfig(key_column="rk", source_column="list", duckdb_threads=2))
    assert set(result.clusters["record_key"]) == set(records["rk"])
