"""Benchmark: the documentation record at scale, made mostly of imported lists.

Fills a case with N persons — nearly all of them persons of the record made from the rows
of six imported lists (raw rows, source records, and the names, involvements and statuses
each row states, attributed to its row and source, as ``registry.derive`` writes them, with
the bulk history an import records), already linked, plus a few thousand hand-entered
persons (see ``_list_persons``) — then measures on SQLite and/or PostgreSQL:

* the API: person list by status (killed, missing) and by name prefix, person detail, the
  case summary and the figures as served;
* the figures after a change (a status record added or taken away through the actions),
  read with no cache: ``case_summary`` (the dashboard's counts) and ``case_figures``
  (figures page, Registry tab, API, ``stats``) — the running tallies catch up with the
  change; and once, the full recount an import or linkage job makes at its end.

Targets at 1,000,000 persons: API p95 < 100 ms; figures after a change < 500 ms.
Baselines, in the same run: for each request, the bare database query behind it (no HTTP,
no serialisation); for the figures after a change, the bare query of one figure (COUNT
DISTINCT of the persons with a killed status, on the status index) and every figure
counted by its defining queries (``registry.stats.documented``), as before the tallies.

The database is kept and reused while it holds the case of that size:

    .venv/bin/python bench/records.py --persons 1000000 --backend postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import bench_user, each_backend, percentile, setup

PREFIXES = ["məmməd", "алиев", "hüseynov le", "petros", "qasımov n", "rəşid"]


def bench_case(persons: int, *, wait_minutes: float = 0, resume: bool = False,
               ) -> tuple[Any, Any, dict[str, Any]]:  # fmt: skip
    """The benchmark case of ``persons`` persons (loaded when absent) and its user.

    Waits up to ``wait_minutes`` for a load another benchmark process has under way; with
    ``resume``, carries on a load that stopped part-way.
    """
    from django.db import connection

    from _list_persons import populate
    from rightsledger.cases.actions import create_case
    from rightsledger.cases.models import Case
    from rightsledger.registry.models import LinkageRun

    slug = f"lists-{persons}"
    user = bench_user()
    deadline = time.monotonic() + wait_minutes * 60
    case = Case.objects.filter(slug=slug).first()
    # The load's last step makes the linkage run: until then the case is being loaded.
    while case is not None and not resume and not LinkageRun.objects.filter(case=case).exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"case {slug} is not fully loaded: a load is under way, or one "
                             "stopped (carry it on with --load-only --resume)")  # fmt: skip
        time.sleep(20)
    load: dict[str, Any] = {}
    if case is None or not LinkageRun.objects.filter(case=case).exists():
        case = case or create_case(name=f"Benchmark {persons}", slug=slug, owner=user)
        loaded = populate(case, persons)
        load = {"bulk_load_seconds": round(loaded.seconds, 1), "list_persons": loaded.list_persons,
                "hand_persons": loaded.hand_persons, "rows": loaded.rows,
                "rows_by_list": loaded.rows_by_list, "pending_pairs": loaded.pending_pairs,
                "history_entries": loaded.history_entries}  # fmt: skip
        started = time.perf_counter()
        with connection.cursor() as cursor:
            # What autovacuum does after a large import (PostgreSQL) / the statistics the
            # planner needs (SQLite); a benchmark should not wait for it to happen by chance.
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        load["analyze_seconds"] = round(time.perf_counter() - started, 1)
    return case, user, load


def _samples(call: Any, repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _figures(samples: list[float], floor: list[float], floor_name: str) -> dict[str, Any]:
    return {
        "p50_ms": round(percentile(samples, 50), 1),
        "p95_ms": round(percentile(samples, 95), 1),
        "baseline": floor_name,
        "baseline_p50_ms": round(percentile(floor, 50), 1),
        "baseline_p95_ms": round(percentile(floor, 95), 1),
    }


# With a second, larger case in the same tables the defining queries' counts by source
# have been seen to run for over a quarter of an hour on PostgreSQL: the baseline is cut
# there (its samples then read as the limit).
DEFINING_QUERIES_LIMIT_S = 180


def _time_boxed(call: Any, seconds: int) -> None:
    from django.db import OperationalError, connection, transaction

    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL statement_timeout = '{int(seconds)}s'")
            call()
    except OperationalError:
        return  # cancelled at the limit


def measure(case: Any, user: Any, repeats: int) -> dict[str, Any]:
    from django.db import connection
    from django.test import Client

    from rightsledger.records import models as rm
    from rightsledger.records.naming import name_prefix_lookup, search_key
    from rightsledger.records.summary import case_summary
    from rightsledger.registry.models import LinkedPerson
    from rightsledger.registry.stats import case_figures

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    rng = random.Random(7)
    listed = list(LinkedPerson.objects.filter(case=case).order_by("?")
                  .values_list("person_id", flat=True)[:500])  # fmt: skip
    by_hand = list(rm.Person.objects.filter(case=case, linkage__isnull=True).order_by("?")
                   .values_list("pk", flat=True)[:100])  # fmt: skip
    some_ids = listed + by_hand
    slug = case.slug

    def by_status(status: str) -> Any:
        return lambda: list(rm.Person.objects.filter(
            case=case, statuses__status=status).distinct().order_by("-id")[:50])  # fmt: skip

    def by_prefix() -> list[Any]:
        names = rm.PersonName.objects.filter(
            case=case, **name_prefix_lookup(search_key(rng.choice(PREFIXES)))
        )
        return list(rm.Person.objects.filter(case=case, pk__in=names.values("person_id"))
                    .order_by("-id")[:50])  # fmt: skip

    requests: dict[str, tuple[Any, str, Any]] = {
        "API person list ?status=killed": (
            lambda: f"/api/persons/?case={slug}&status=killed", "bare query", by_status("killed")),
        "API person list ?status=missing": (
            lambda: f"/api/persons/?case={slug}&status=missing", "bare query",
            by_status("missing")),
        "API person list ?name=<prefix>": (
            lambda: f"/api/persons/?case={slug}&name={rng.choice(PREFIXES)}", "bare query",
            by_prefix),
        "API person detail": (
            lambda: f"/api/persons/{rng.choice(some_ids)}/", "bare query",
            lambda: rm.Person.objects.prefetch_related("names").get(pk=rng.choice(some_ids))),
        "API case summary (served)": (
            lambda: f"/api/cases/{slug}/summary/", "bare query: persons of the case",
            lambda: rm.Person.objects.filter(case=case).count()),
        "API figures (served)": (
            lambda: f"/api/cases/{slug}/figures/", "bare query: persons of the case",
            lambda: rm.Person.objects.filter(case=case).count()),
    }  # fmt: skip
    results: dict[str, Any] = {}
    for label, (url, floor_name, floor_call) in requests.items():
        response = client.get(url())  # warm caches (and count the figures once)
        assert response.status_code == 200, (label, response.status_code)

        def get(label: str = label, url: Any = url) -> None:
            response = client.get(url())
            assert response.status_code == 200, (label, response.status_code)

        results[label] = _figures(_samples(get, repeats), _samples(floor_call, repeats),
                                  floor_name)  # fmt: skip

    # The figures after a change: one change through the actions (a status record added to,
    # or taken from, a random person), then the figures read with no cache, as the first
    # reader after a write reads them (the running tallies catch up with that change).
    from django.core.cache import cache

    from _list_persons import status_changes
    from rightsledger.registry import tallies
    from rightsledger.registry.stats import documented

    change = status_changes(case, user, rng)

    def after_change(read: Any) -> list[float]:
        samples = []
        for _ in range(max(10, repeats // 2)):
            change()
            cache.clear()
            started = time.perf_counter()
            read()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    def one_figure() -> int:
        return (rm.StatusRecord.objects.filter(case=case, status="killed").order_by()
                .values("person_id").distinct().count())  # fmt: skip

    cold = 3  # the baseline counts the whole case each time: a few suffice
    results["after a change: case_summary (dashboard counts)"] = _figures(
        after_change(lambda: case_summary(case)), _samples(one_figure, cold),
        "one figure's bare query (killed)")  # fmt: skip
    results["after a change: case_figures (figures page, Registry, API)"] = _figures(
        after_change(lambda: case_figures(case)), _samples(lambda: _time_boxed(
            lambda: documented(case), DEFINING_QUERIES_LIMIT_S), cold),
        "every figure counted by its defining queries, no tallies "
        f"(stopped at {DEFINING_QUERIES_LIMIT_S} s)")  # fmt: skip
    started = time.perf_counter()
    tallies.rebuild(case)
    results["full recount (an import or linkage job's last step) s"] = round(
        time.perf_counter() - started, 1)  # fmt: skip
    results["database"] = connection.vendor
    results["figures"] = case_figures(case).figures
    return results


def run_one(backend: str, persons: int, repeats: int, home: Path) -> dict[str, Any]:
    setup(backend, home / backend)
    case, user, load = bench_case(persons)
    result: dict[str, Any] = {"backend": backend, "persons": persons, **load}
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    result["latency"] = measure(case, user, repeats)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


TARGETS_MS = {label: 100 for label in (
    "API person list ?status=killed", "API person list ?status=missing",
    "API person list ?name=<prefix>", "API person detail", "API case summary (served)",
    "API figures (served)")} | {"after a change: case_summary (dashboard counts)": 500,
                                "after a change: case_figures (figures page, Registry, API)": 500}  # fmt: skip


def report(result: dict[str, Any]) -> None:
    print(f"\n== {result['backend']} — {result['persons']:,} persons ==")
    if "bulk_load_seconds" in result:
        print(f"bulk load: {result['bulk_load_seconds']} s for {result['list_persons']:,} "
              f"list-made persons ({result['rows']:,} list rows in {len(result['rows_by_list'])} "
              f"lists) and {result['hand_persons']:,} hand-entered; "
              f"{result['history_entries']:,} bulk history entries; "
              f"{result['pending_pairs']:,} pairs awaiting review; "
              f"then {result['analyze_seconds']} s VACUUM/ANALYZE")  # fmt: skip
    print(f"load average (1/5/15 min) before: {result['load_average']}, "
          f"after: {result['load_average_after']}")  # fmt: skip
    print(f"{'measure':50} {'p50 ms':>8} {'p95 ms':>8} {'target':>7}   baseline (p50 / p95 ms)")
    for label, figures in result["latency"].items():
        if label in {"database", "figures"}:
            continue
        if not isinstance(figures, dict):
            print(f"{label:50} {figures}")
            continue
        target = TARGETS_MS.get(label)
        verdict = f"{'ok' if figures['p95_ms'] < target else 'MISSED'} <{target}" if target else ""
        print(f"{label:50} {figures['p50_ms']:8} {figures['p95_ms']:8} {verdict:>11}   "
              f"{figures['baseline']}: {figures['baseline_p50_ms']} / "
              f"{figures['baseline_p95_ms']}")  # fmt: skip
    print("figures: " + ", ".join(f"{k} {v:,}" for k, v in result["latency"]["figures"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="postgres")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"),
                        help="where the SQLite database is kept (under <home>/sqlite)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="(internal) print the result as JSON")
    parser.add_argument("--load-only", action="store_true", help="load the case, measure nothing")
    parser.add_argument("--resume", action="store_true", help="carry on a load that stopped")
    args = parser.parse_args()
    if args.load_only:
        for backend in ["sqlite", "postgres"] if args.backend == "both" else [args.backend]:
            if args.backend == "both":
                subprocess.run([sys.executable, __file__, "--persons", str(args.persons),
                                "--backend", backend, "--home", str(args.home), "--load-only",
                                *(["--resume"] if args.resume else [])], check=True)  # fmt: skip
            else:
                setup(backend, args.home / backend)
                loaded = bench_case(args.persons, resume=args.resume)[2]
                print(json.dumps({"backend": backend, **loaded}))
        return
    each_backend(
        args.backend, __file__,
        ["--persons", str(args.persons), "--repeats", str(args.repeats), "--home", str(args.home)],
        args.json, lambda backend: run_one(backend, args.persons, args.repeats, args.home), report,
    )  # fmt: skip


if __name__ == "__main__":
    main()
