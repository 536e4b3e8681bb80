"""Splink on Spark (local mode) links as Splink on DuckDB does: same input, same settings.

The input is a few hundred rows from the independent list generator (``bench/listgen``:
initials, either name order, Soviet-era renderings, typos, relatives).  It is small
enough that no backend samples anything: u is learnt from every pair and EM from every
blocked pair, on both.  What remains different is listed and checked here:

* Jaro-Winkler.  DuckDB's built-in ``jaro_winkler_similarity`` counts half a
  transposition as none (zainal/zinal: 0.89), Splink's Spark function counts it as
  the textbook does (0.86, as :func:`similarity.jaro_winkler`).  A pair of names or
  places on either side of a level's threshold lands in another level, so the trained
  m of levels that use Jaro-Winkler differ, and with them the scores of pairs at those
  levels (by a few hundredths here); the persons do not.
* Floating point.  EM sums in another order on each engine: trained m agree to 1e-6.

At scale both engines also sample (u from ``u_sample_pairs``, EM from ``em_max_pairs``)
by hashing record ids, each with its own hash function: the samples differ, and so do
the trained parameters, within sampling error (``bench/linkage.py --backend spark``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest

from rightsledger.analysis.linkage import LinkageConfig, LinkageResult, link
from rightsledger.analysis.linkage.similarity import jaro_winkler
from rightsledger.analysis.linkage.spark import spark_session

pytestmark = [pytest.mark.spark, pytest.mark.slow]

BENCH = Path(__file__).resolve().parents[3] / "bench"


@pytest.fixture(scope="module")
def records() -> pd.DataFrame:
    sys.path.insert(0, str(BENCH))
    try:
        from listgen import generate
    finally:
        sys.path.remove(str(BENCH))
    frame: pd.DataFrame = generate(records=400, seed=3).records
    return frame


@pytest.fixture(scope="module")
def both(records: pd.DataFrame) -> tuple[LinkageResult, LinkageResult]:
    duck = link(records, LinkageConfig(duckdb_threads=2))
    spark = link(records, LinkageConfig(backend="spark", spark_master="local[2]"))
    return duck, spark


def _pairs(frame: pd.DataFrame) -> pd.DataFrame:
    low = frame[["left", "right"]].min(axis=1)
    high = frame[["left", "right"]].max(axis=1)
    out = frame.set_index(pd.MultiIndex.from_arrays([low, high], names=["a", "b"]))
    return out.sort_index()


def test_the_same_persons(both: tuple[LinkageResult, LinkageResult]) -> None:
    duck, spark = both
    assert duck.records == spark.records > 300
    assert duck.persons == spark.persons
    pd.testing.assert_series_equal(duck.person_of().sort_index(), spark.person_of().sort_index())


def test_the_same_pairs_merged_and_for_review(both: tuple[LinkageResult, LinkageResult]) -> None:
    duck, spark = both
    assert duck.scored_pairs == spark.scored_pairs
    for name in ("merged_pairs", "review_pairs"):
        ours, theirs = _pairs(getattr(duck, name)), _pairs(getattr(spark, name))
        assert ours.index.equals(theirs.index), name
        # Scores differ only through the Jaro-Winkler levels (see the module's docstring).
        difference = np.abs(ours["match_probability"] - theirs["match_probability"])
        assert difference.max() < 0.1, name
    # The same evidence is shown to a reviewer: the same level of every comparison.
    evidence = duck.evidence.merge(
        spark.evidence, on=["left", "right", "comparison"], suffixes=("_duck", "_spark")
    )
    assert len(evidence) == len(duck.evidence) == len(spark.evidence) > 0
    assert (evidence["level_duck"] == evidence["level_spark"]).all()


def _levels(model: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (str(comparison["output_column_name"]), str(level.get("label_for_charts"))): level
        for comparison in model["comparisons"]
        for level in comparison["comparison_levels"]
    }


def _uses_jaro_winkler(level: dict[str, Any]) -> bool:
    return "jaro" in str(level.get("sql_condition", "")).lower()


def test_the_same_model_but_where_jaro_winkler_differs(
    both: tuple[LinkageResult, LinkageResult],
) -> None:
    duck, spark = map(_levels, (both[0].model, both[1].model))
    assert duck.keys() == spark.keys()
    differing = set()
    for key, level in duck.items():
        for parameter in ("m_probability", "u_probability"):
            ours, theirs = level.get(parameter), spark[key].get(parameter)
            assert (ours is None) == (theirs is None), (key, parameter)
            if ours is not None and abs(ours - theirs) > 1e-6:
                differing.add(key)
    jaro_winkler_levels = {key for key, level in duck.items() if _uses_jaro_winkler(level)}
    # Levels tried before a Jaro-Winkler level lose or gain the pairs it takes, and the
    # levels of a comparison share its pairs: a difference stays within such a comparison.
    affected = {name for name, _ in jaro_winkler_levels}
    assert {name for name, _ in differing} <= affected, differing
    priors = [m["probability_two_random_records_match"] for m in (both[0].model, both[1].model)]
    assert priors[0] == pytest.approx(priors[1], rel=1e-3)


def test_jaro_winkler_is_what_differs_and_nothing_is_fetched() -> None:
    """The engines' Jaro-Winkler, as the module's docstring says; and Spark runs on the
    jar that ships inside Splink, with nothing resolved from a repository."""
    import splink

    duck = duckdb.connect().execute("SELECT jaro_winkler_similarity('zainal', 'zinal')").fetchone()
    with spark_session("local[1]") as session:
        from splink.backends.spark import SparkAPI

        SparkAPI(spark_session=session)  # registers Splink's functions from the jar
        (spark,) = session.sql("SELECT jaro_winkler('zainal', 'zinal')").collect()[0]
        jars = session.conf.get("spark.jars")
        packages = session.conf.get("spark.jars.packages")
        fetched = list(Path(session.conf.get("spark.jars.ivy")).rglob("*"))
    assert duck is not None
    assert duck[0] == pytest.approx(0.89)
    assert spark == pytest.approx(0.86) == pytest.approx(jaro_winkler("zainal", "zinal"))
    assert jars.startswith(str(Path(splink.__file__).parent))
    assert not packages
    assert not fetched


def test_training_runs_without_adaptive_execution_and_gives_it_back() -> None:
    from rightsledger.analysis.linkage.backends import training

    with spark_session("local[1]") as session:
        session.conf.set("spark.sql.adaptive.enabled", "true")
        config = LinkageConfig(backend="spark", spark_session=session)
        with training(config):
            assert session.conf.get("spark.sql.adaptive.enabled") == "false"
        assert session.conf.get("spark.sql.adaptive.enabled") == "true"
        with pytest.raises(RuntimeError), training(config):
            raise RuntimeError("a training step failed")
        assert session.conf.get("spark.sql.adaptive.enabled") == "true"
