"""Benchmark: linkage of simulated cross-script victim lists, against a plain Splink baseline.

    .venv/bin/python bench/linkage.py --records 100000
    .venv/bin/python bench/linkage.py --records 1000000 --skip-baseline

Simulates lists (Azerbaijani Latin, Russian Cyrillic, English from either, Armenian script,
with typos, shifted birth years, missing fields and duplicates), links them with
``rightsledger.analysis.linkage`` and with Splink configured plainly on the raw names, and
reports pairwise and B-cubed precision, recall and F1, time and peak memory of each.  Each
method runs in its own process so that its peak resident memory can be told apart.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

RECORDS_PER_PERSON = 3.1  # with eight lists, as the simulator's capture rates give


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


DUCKDB_MEMORY_LIMIT = "1500MB"  # DuckDB spills to disk beyond this; the 4 GB budget is total


def _run_rightsledger(path: str, threads: int, thresholds: dict[str, float]) -> dict[str, Any]:
    from rightsledger.analysis.linkage import LinkageConfig, link

    records = pd.read_pickle(path)  # noqa: S301 - our own temporary file
    started = time.perf_counter()
    config = LinkageConfig(
        duckdb_threads=threads, duckdb_memory_limit=DUCKDB_MEMORY_LIMIT, **thresholds
    )
    result = link(records, config)
    elapsed = time.perf_counter() - started
    return {
        "clusters": result.person_of(),
        "seconds": elapsed,
        "timings": result.timings,
        "scored_pairs": result.scored_pairs,
        "review_pairs": len(result.review_pairs),
        "peak_mb": _peak_rss_mb(),
    }


def _plain_frame(records: pd.DataFrame) -> pd.DataFrame:
    """Raw names as the lists give them, lower-cased; the words of a full name are taken
    as surname, given name and patronymic in that order, as a naive import would.  Sex is
    mapped to M/F so that the baseline loses only on names."""
    words = records["full_name"].fillna("").str.lower().str.split()
    surname = records["surname"].fillna("").str.lower()
    given = records["given_name"].fillna("").str.lower()
    frame = pd.DataFrame(
        {
            "unique_id": records["record_key"],
            "surname": surname.where(surname != "", words.str[0]),
            "given_name": given.where(given != "", words.str[1]),
            "patronymic": records["patronymic"].fillna("").str.lower(),
            "sex": records["sex"].fillna("").str.upper().replace({"М": "M", "Ж": "F"}),
            "birth_year": pd.to_numeric(
                records["birth_date"].str.extract(r"(\d{4})")[0].fillna(records["birth_year"]),
                errors="coerce",
            ),
            "place": records["place_of_origin"].fillna("").str.lower(),
        }
    )
    from_full = words.str[2:].str.join(" ").fillna("")
    frame["patronymic"] = frame["patronymic"].where(frame["patronymic"] != "", from_full)
    for column in ("surname", "given_name", "patronymic", "sex", "place"):
        frame[column] = frame[column].where(frame[column].fillna("") != "", None)
    return frame


def _run_baseline(path: str, threads: int, thresholds: dict[str, float]) -> dict[str, Any]:
    import duckdb
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    records = pd.read_pickle(path)  # noqa: S301 - our own temporary file
    started = time.perf_counter()
    frame = _plain_frame(records)
    db_api = DuckDBAPI(connection=duckdb.connect(":memory:", config={"threads": threads}))
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("surname"),
            cl.NameComparison("given_name"),
            cl.JaroWinklerAtThresholds("patronymic"),
            cl.ExactMatch("sex"),
            cl.ExactMatch("birth_year"),
            cl.JaroWinklerAtThresholds("place"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("surname", "birth_year"),
            block_on("given_name", "birth_year"),
            block_on("surname", "given_name"),
        ],
    )
    linker = Linker(db_api.register(frame), settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("surname", "given_name", "birth_year")], recall=0.5
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("surname", "given_name"), max_pairs=2e6
    )
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("birth_year", "sex")
    )
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.95
    ).as_pandas_dataframe()
    elapsed = time.perf_counter() - started
    return {
        "clusters": clusters.set_index("unique_id")["cluster_id"],
        "seconds": elapsed,
        "timings": {},
        "scored_pairs": None,
        "review_pairs": None,
        "peak_mb": _peak_rss_mb(),
    }


def _child_main(
    target: Any, path: str, threads: int, thresholds: dict[str, float], out_path: str
) -> None:
    pd.to_pickle(target(path, threads, thresholds), out_path)


def _in_child(target: Any, path: str, threads: int, thresholds: dict[str, float]) -> dict[str, Any]:
    # A plain (non-daemonic) process: the linkage may start worker processes itself.
    context = multiprocessing.get_context("spawn")
    out_path = path + ".result.pkl"
    process = context.Process(
        target=_child_main, args=(target, path, threads, thresholds, out_path)
    )
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"{target.__name__} failed with exit code {process.exitcode}")
    result: dict[str, Any] = pd.read_pickle(out_path)  # noqa: S301 - written just above
    Path(out_path).unlink()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="about this many records")
    parser.add_argument("--lists", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--merge-threshold", type=float, help="override the default")
    parser.add_argument("--min-average", type=float, help="override the default")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    from rightsledger.analysis.linkage import evaluate
    from rightsledger.analysis.simulate import simulate

    started = time.perf_counter()
    people = max(100, round(args.records / RECORDS_PER_PERSON))
    simulation = simulate(people=people, lists=args.lists, seed=args.seed)
    records = simulation.records()
    truth = simulation.truth_by_key()
    print(
        f"simulated {len(records):,} records of {truth.nunique():,} persons on {args.lists} "
        f"lists in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    figures: dict[str, Any] = {"records": len(records), "persons": int(truth.nunique())}
    thresholds = {
        name: value
        for name, value in (
            ("merge_threshold", args.merge_threshold),
            ("min_average", args.min_average),
        )
        if value is not None
    }
    if "merge_threshold" in thresholds:
        thresholds["review_threshold"] = min(0.1, thresholds["merge_threshold"])
    figures["thresholds"] = thresholds
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "records.pkl")
        records.to_pickle(path)
        methods = [("rightsledger", _run_rightsledger)]
        if not args.skip_baseline:
            methods.append(("splink-plain-baseline", _run_baseline))
        for name, target in methods:
            outcome = _in_child(target, path, args.threads, thresholds)
            scores = evaluate(outcome["clusters"].reindex(truth.index), truth)
            figures[name] = {
                "pairwise_precision": scores.pairwise_precision,
                "pairwise_recall": scores.pairwise_recall,
                "pairwise_f1": scores.pairwise_f1,
                "bcubed_precision": scores.bcubed_precision,
                "bcubed_recall": scores.bcubed_recall,
                "bcubed_f1": scores.bcubed_f1,
                "clusters": scores.predicted_clusters,
                "seconds": outcome["seconds"],
                "timings": outcome["timings"],
                "peak_rss_mb": outcome["peak_mb"],
                "scored_pairs": outcome["scored_pairs"],
                "review_pairs": outcome["review_pairs"],
            }
            print(f"\n== {name}: {outcome['seconds']:.1f} s, peak RSS {outcome['peak_mb']:,.0f} MB")
            if outcome["timings"]:
                print("   " + ", ".join(f"{k} {v:.1f} s" for k, v in outcome["timings"].items()))
            print(scores.summary(), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
