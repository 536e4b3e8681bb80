"""Benchmark: linkage of cross-script victim lists, against plain Splink.

The lists come from the project's simulator and from five generators written apart from it.

    .venv/bin/python bench/linkage.py --records 100000
    .venv/bin/python bench/linkage.py --records 1000000 --generators independent --skip-baseline
    .venv/bin/python bench/linkage.py --records 100000 --backend duckdb,spark --skip-baseline

The sources of lists, each with ground truth:

* ``project``: the project's own simulator (``rightsledger.analysis.simulate``);
* ``independent``: ``bench/listgen``, written apart from the code under test, with its
  names from the hand-written gold set ``bench/gold/name_forms.csv``.
* ``independent2`` (only when asked for): ``bench/listgen2``, a second generator written
  apart from the code under test, from the first generator and from its name tables, with
  tables of its own; its first read was recorded before the linkage was worked on for it.
* ``independent3`` (only when asked for): ``bench/listgen3``, a third, written blind after
  the linkage had been worked on for the other two.
* ``independent4`` and ``independent5`` (only when asked for): ``bench/listgen4`` and
  ``bench/listgen5``, a fourth and a fifth, each written blind while the linkage was worked
  on for the ones before.

Each is linked by ``rightsledger.analysis.linkage`` with its default settings (the same
for every data set) and by Splink configured plainly on the raw names.  Reported:
pairwise and B-cubed precision, recall and F1, the error of the person count, pairs of
relatives (one household, different persons) put into one person, and the pairwise
scores and person-count error per pair of conventions; time and peak memory of each
method, each run in its own process.

``--backend`` runs the registry's linkage on DuckDB (in process), on Spark in local mode
(``spark``, the ``spark`` extra; ``--spark-memory`` is the driver's heap, all the memory
Spark has in local mode; ``--spark-master`` a cluster instead) or both, one after the
other on the same records; the persons of the two are compared.

Memory is that of the whole process tree (Python with DuckDB inside it, the name
parser's forked workers, Spark's JVM), sampled twice a second (``linkage_memory``).  The
figure set against issue 11's budget (4 GB at a million records) is the peak of the
tree's summed *proportional* set size (PSS): each page the processes hold counted once,
shared pages split between the processes that share them, so it is what the run held
at once.  Beside it, the resident-set (RSS) figures it was reported by before: the
process's own peak (``ru_maxrss``), the largest worker's, and their sum, the *upper
bound* reported as "peak" until then — a forked worker's RSS counts every page it still
shares with its parent, and the two peaks come minutes apart, so that sum counts the
shared pages twice and adds peaks that never met.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linkage_memory import TreeSampler
from listgen.score import score

PROJECT_RECORDS_PER_PERSON = 3.1  # eight lists, as the project simulator's capture rates give
DUCKDB_MEMORY_LIMIT = "1500MB"  # DuckDB spills to disk beyond this; the 4 GB budget is total


def _own_and_child_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest of the processes it
    started (the name parser forks two), in MB; Linux gives kB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, children / 1024


def _memory_figures(sampler: TreeSampler) -> dict[str, Any]:
    """The run's memory: the tree's sampled PSS peak (what it held at once, the figure
    set against the budget) beside the RSS figures it was reported by before."""
    own, child = _own_and_child_rss_mb()
    return {
        "peak_pss_mb": sampler.peak_pss_kb / 1024,
        "own_rss_mb": own,
        "child_rss_mb": child,
        # The figure reported as "peak" until the PSS peak: the process's own peak plus
        # its largest child's (or the tree's sampled RSS, if higher).  It counts the pages
        # a forked worker shares with its parent twice, and two peaks minutes apart.
        "rss_upper_bound_mb": max(own + child, sampler.peak_rss_kb / 1024),
    }


def _run_rightsledger(path: str, threads: int, options: dict[str, Any]) -> dict[str, Any]:
    from rightsledger.analysis.linkage import LinkageConfig, link, pipeline

    records = pd.read_pickle(path)  # noqa: S301 - our own temporary file
    started = time.perf_counter()
    config = LinkageConfig(
        backend=options.get("backend", "duckdb"),
        duckdb_threads=threads,
        duckdb_memory_limit=DUCKDB_MEMORY_LIMIT,
        spark_master=options.get("spark_master") or f"local[{threads}]",
        spark_driver_memory=options.get("spark_memory"),
    )
    # When the features step begins, to place the memory peak in a step.
    features_called: list[float] = []
    prepare_features = pipeline.prepare_features

    def marked(*args: Any, **kwargs: Any) -> Any:
        features_called.append(time.perf_counter())
        return prepare_features(*args, **kwargs)

    pipeline.prepare_features = marked
    with TreeSampler() as memory:
        result = link(records, config)
    before = features_called[0] - started if features_called else 0.0
    by_step = memory.peak_pss_by_step(result.timings, before)
    return {
        "clusters": result.person_of(),
        "seconds": time.perf_counter() - started,
        "timings": result.timings,
        "scored_pairs": result.scored_pairs,
        "review_pairs": len(result.review_pairs),
        **_memory_figures(memory),
        "peak_pss_by_step_mb": {step: kb / 1024 for step, kb in by_step.items()},
    }


# First letters of the lists' words for male and female (M, м, kişi, արական; F, ж, qadın, իգական).
_SEX_INITIAL = {"m": "M", "м": "M", "k": "M", "ա": "M", "f": "F", "ж": "F", "q": "F", "ի": "F"}


def _plain_frame(records: pd.DataFrame) -> pd.DataFrame:
    """Raw names as the lists give them, lower-cased; the words of a full name are taken
    as surname, given name and patronymic in that order, as a naive import would.  Sex is
    mapped to M/F so that the baseline loses only on names."""
    words = records["full_name"].fillna("").str.lower().str.split()
    surname = records["surname"].fillna("").str.lower()
    given = records["given_name"].fillna("").str.lower()
    sex = records["sex"].fillna("").str.lower().str[:1]
    year = pd.to_numeric(records["birth_date"].str.extract(r"(\d{4})")[0], errors="coerce")
    year = year.fillna(pd.to_numeric(records["birth_year"], errors="coerce"))
    frame = pd.DataFrame(
        {
            "unique_id": records["record_key"],
            "surname": surname.where(surname != "", words.str[0]),
            "given_name": given.where(given != "", words.str[1]),
            "patronymic": records["patronymic"].fillna("").str.lower(),
            "sex": sex.map(_SEX_INITIAL),
            "birth_year": year,
            "place": records["place_of_origin"].fillna("").str.lower(),
        }
    )
    from_full = words.str[2:].str.join(" ").fillna("")
    frame["patronymic"] = frame["patronymic"].where(frame["patronymic"] != "", from_full)
    for column in ("surname", "given_name", "patronymic", "place"):
        frame[column] = frame[column].where(frame[column].fillna("") != "", None)
    return frame


def _run_baseline(path: str, threads: int, options: dict[str, Any]) -> dict[str, Any]:
    import duckdb
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    records = pd.read_pickle(path)  # noqa: S301 - our own temporary file
    started = time.perf_counter()
    with TreeSampler() as memory:
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
    return {
        "clusters": clusters.set_index("unique_id")["cluster_id"],
        "seconds": time.perf_counter() - started,
        "timings": {},
        "scored_pairs": None,
        "review_pairs": None,
        **_memory_figures(memory),
    }


def _child_main(
    target: Any, path: str, threads: int, options: dict[str, Any], out_path: str
) -> None:
    pd.to_pickle(target(path, threads, options), out_path)


def _in_child(
    target: Any, path: str, threads: int, options: dict[str, Any] | None = None
) -> dict[str, Any]:
    # A plain (non-daemonic) process: the linkage may start worker processes itself.
    context = multiprocessing.get_context("spawn")
    out_path = path + ".result.pkl"
    process = context.Process(
        target=_child_main, args=(target, path, threads, options or {}, out_path)
    )
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"{target.__name__} failed with exit code {process.exitcode}")
    result: dict[str, Any] = pd.read_pickle(out_path)  # noqa: S301 - written just above
    Path(out_path).unlink()
    return result


Data = tuple[pd.DataFrame, pd.Series, dict[str, str], pd.DataFrame, pd.Series | None]


def _project_data(records: int, seed: int) -> Data:
    import random

    from rightsledger.analysis.simulate import simulate
    from rightsledger.analysis.simulate.population import make_population

    people = max(100, round(records / PROJECT_RECORDS_PER_PERSON))
    simulation = simulate(people=people, lists=8, seed=seed)
    conventions = {s["name"]: s["convention"] for s in simulation.parameters["list_specs"]}
    # The simulator draws its population first from its seed: drawn again, it gives the
    # given names and fathers that its population frame does not carry.
    drawn = make_population(people, random.Random(seed), 1.0)
    persons = pd.DataFrame(
        {
            "household": [p.household_id for p in drawn],
            "given_id": [f"{p.origin}:{p.sex}:{p.given}" for p in drawn],
            "father_id": [f"{p.origin}:M:{p.father}" for p in drawn],
        },
        index=[p.person_id for p in drawn],
    )
    # The project simulator writes every given name in full.
    return simulation.records(), simulation.truth_by_key(), conventions, persons, None


def _listgen_data(package: str, records: int, seed: int) -> Data:
    """The lists of one of the independent generators (``bench/listgen``, ``listgen2``,
    ``listgen3``: one interface, no code shared with the linker or with each other)."""
    data = importlib.import_module(package).generate(records=records, seed=seed)
    # Person ids as text whatever the generator made them (listgen3's are numbers): the
    # scores join the truth to the population on them.
    persons = data.population.astype({"person_id": str}).set_index("person_id")
    truth = data.truth.astype(str)
    return (
        data.records,
        truth,
        data.conventions,
        persons[["household", "given_id", "father_id"]],
        data.abbreviated,
    )


# Each generator by its name on the command line: the project's simulator, then the
# independent ones — ``listgen`` (its names from the hand-written gold set), ``listgen2``
# (tables of its own; read while the linkage was tuned after its first read), ``listgen3``
# (written blind, a third time, after both), ``listgen4`` (blind, a fourth time) and
# ``listgen5`` (blind, a fifth).
DATA_MAKERS: dict[str, Callable[[int, int], Data]] = {
    "project": _project_data,
    "independent": functools.partial(_listgen_data, "listgen"),
    "independent2": functools.partial(_listgen_data, "listgen2"),
    "independent3": functools.partial(_listgen_data, "listgen3"),
    "independent4": functools.partial(_listgen_data, "listgen4"),
    "independent5": functools.partial(_listgen_data, "listgen5"),
}


def _print_scores(name: str, outcome: dict[str, Any], scores: dict[str, Any]) -> None:
    print(
        f"\n== {name}: {outcome['seconds']:.1f} s, memory (process tree's PSS, peak) "
        f"{outcome['peak_pss_mb']:,.0f} MB\n"
        f"   RSS: own peak {outcome['own_rss_mb']:,.0f} MB, largest worker's "
        f"{outcome['child_rss_mb']:,.0f} MB, upper bound {outcome['rss_upper_bound_mb']:,.0f} MB"
    )
    if outcome["timings"]:
        print("   " + ", ".join(f"{k} {v:.1f} s" for k, v in outcome["timings"].items()))
    if outcome.get("peak_pss_by_step_mb"):
        by_step = outcome["peak_pss_by_step_mb"].items()
        print("   PSS peak by step: " + ", ".join(f"{k} {v:,.0f} MB" for k, v in by_step))
    print(
        f"   persons {scores['persons_found']:,} (true {scores['persons']:,}, error "
        f"{scores['person_count_error']:+.2%})\n"
        f"   relatives merged: {scores['relatives_merged']:,} pairs; siblings with different "
        f"given names written out: {scores['siblings_merged']:,}\n"
        f"   pairwise  P {scores['pairwise_precision']:.4f}  R {scores['pairwise_recall']:.4f}"
        f"  F1 {scores['pairwise_f1']:.4f}\n"
        f"   B-cubed   P {scores['bcubed_precision']:.4f}  R {scores['bcubed_recall']:.4f}"
        f"  F1 {scores['bcubed_f1']:.4f}"
    )
    print(f"   {'conventions':<28} {'pairs':>9} {'P':>7} {'R':>7} {'F1':>7} {'persons':>9}")
    for pair, row in scores["by_convention_pair"].items():
        print(
            f"   {pair:<28} {row['true_pairs']:>9,.0f} {row['precision']:>7.4f} "
            f"{row['recall']:>7.4f} {row['f1']:>7.4f} {row['person_count_error']:>+9.2%}"
        )
    sys.stdout.flush()


def _method_name(backend: str) -> str:
    return "rightsledger" if backend == "duckdb" else f"rightsledger-{backend}"


def _compare_backends(clusters: dict[str, pd.Series], names: list[str]) -> dict[str, Any]:
    """How the persons of each other engine differ from the first's: records whose person
    is not the same set of records (a person's key is its smallest record key, so equal
    keys mean equal persons)."""
    first = clusters[names[0]]
    out = {}
    for name in names[1:]:
        differing = int((clusters[name].reindex(first.index) != first).sum())
        out[name] = {"records_in_other_persons": differing, "records": len(first)}
        print(
            f"\n== {names[0]} vs {name}: {differing:,} of {len(first):,} records "
            f"({differing / len(first):.3%}) are in a person that is not the same",
            flush=True,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="about this many records")
    parser.add_argument("--generators", default="independent,project",
                        help="comma-separated: " + ", ".join(DATA_MAKERS))  # fmt: skip
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument(
        "--backend",
        default="duckdb",
        help="comma-separated engines of the registry's linkage: duckdb, spark",
    )
    parser.add_argument(
        "--spark-memory", default="6g", help="Spark driver heap (in local mode all Spark has)"
    )
    parser.add_argument("--spark-master", help="a cluster's master URL instead of local mode")  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    figures: dict[str, Any] = {"records_requested": args.records}
    for generator in args.generators.split(","):
        started = time.perf_counter()
        records, truth, conventions, persons, abbreviated = DATA_MAKERS[generator](
            args.records, args.seed
        )
        print(
            f"\n##### {generator} generator: {len(records):,} records of {truth.nunique():,} "
            f"persons on {records['source'].nunique()} lists "
            f"({time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        source_of = records.set_index("record_key")["source"]
        figures[generator] = {"records": len(records), "persons": int(truth.nunique())}
        backends = [b.strip() for b in args.backend.split(",") if b.strip()]
        methods: list[tuple[str, Any, dict[str, Any]]] = [
            (
                _method_name(backend),
                _run_rightsledger,
                {
                    "backend": backend,
                    "spark_memory": args.spark_memory,
                    "spark_master": args.spark_master,
                },
            )
            for backend in backends
        ]
        if not args.skip_baseline:
            methods.append(("splink-plain-baseline", _run_baseline, {}))
        clusters_by_method: dict[str, pd.Series] = {}
        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / "records.pkl")
            records.to_pickle(path)
            for name, target, options in methods:
                outcome = _in_child(target, path, args.threads, options)
                clusters_by_method[name] = outcome["clusters"]
                scores = score(
                    outcome["clusters"], truth, conventions, source_of, persons, abbreviated
                )
                _print_scores(name, outcome, scores)
                figures[generator][name] = {
                    **scores,
                    "seconds": outcome["seconds"],
                    "timings": outcome["timings"],
                    **{k: v for k, v in outcome.items() if k.endswith("_mb")},
                    "scored_pairs": outcome["scored_pairs"],
                    "review_pairs": outcome["review_pairs"],
                }
            if len(backends) > 1:
                figures[generator]["backends_compared"] = _compare_backends(
                    clusters_by_method, [_method_name(b) for b in backends]
                )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
