"""Benchmark: the documentation record at scale (issue: foundation).

Fills a case with N persons (names, involvements, victim statuses, sources) on SQLite and on
PostgreSQL, then measures the bulk-load rate and the API latencies that matter at scale:
the person list filtered by status and by name prefix, person detail, and case summary counts.

Targets at 1,000,000 persons on PostgreSQL: list and detail p95 < 100 ms, summary < 500 ms.
Baseline, in the same run: the bare database query behind each request (no HTTP, no
serialisation), which is the floor the API can approach.

    .venv/bin/python bench/records.py --persons 1000000 --backend both
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import percentile, setup

GIVEN = ["Həsən", "Leyla", "Rauf", "Aygün", "Elçin", "Sevil", "Nicat", "Gülnar", "Tural",
         "Vüsal", "Nərmin", "Kamran", "Aysel", "Orxan", "Zəhra", "Fuad", "Lalə", "Samir",
         "Гасан", "Лейла", "Рауф", "Эльчин", "Севиль", "Армен", "Ануш", "Давид"]  # fmt: skip
SURNAMES = ["Məmmədov", "Əliyev", "Hüseynov", "Həsənov", "Quliyev", "İsmayılov", "Cəfərov",
            "Rzayev", "Səfərov", "Qasımov", "Алиев", "Мамедов", "Гусейнов", "Petrosyan",
            "Hakobyan", "Sargsyan", "Abbasov", "Babayev", "Kərimov", "Nəsirov"]  # fmt: skip
STATUS_MIX = [("killed", 0.35), ("injured", 0.3), ("captured", 0.25), ("missing", 0.1)]


def populate(case: Any, persons: int, *, seed: int = 1, batch: int = 10_000) -> float:
    """Bulk-load ``persons`` victims into ``case``; returns the seconds it took.

    Goes through one bulk action (one history entry describing the load), as imports do.
    """
    from django.db import transaction

    from rightsledger.cases.actions import record_bulk_action
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key

    rng = random.Random(seed)
    owner = case.memberships.first().user
    started = time.perf_counter()
    with transaction.atomic():
        event = rm.Event.objects.create(case=case, title="Benchmark event",
                                        start_date=dt.date(1992, 2, 26))  # fmt: skip
        acts = {
            status: rm.Act.objects.create(case=case, event=event, act_type=act_type)
            for status, act_type in [("killed", "killing"), ("injured", "injury"),
                                     ("captured", "hostage_taking"), ("missing", "hostage_taking")]
        }  # fmt: skip
        rm.Source.objects.bulk_create(
            [
                rm.Source(case=case, title=f"List {i}", kind="list", reliability="B")
                for i in range(7)
            ]
        )
        done = 0
        while done < persons:
            size = min(batch, persons - done)
            people, full_names = [], []
            for _ in range(size):
                given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
                full = f"{surname} {given}"
                full_names.append((full, given, surname))
                people.append(rm.Person(case=case, display_name=full,
                                        sex=rng.choice(["male", "female"]),
                                        birth_year=rng.randint(1915, 1991)))  # fmt: skip
            rm.Person.objects.bulk_create(people, batch_size=batch)
            names, involvements = [], []
            for person, (full, given, surname) in zip(people, full_names, strict=True):
                names.append(rm.PersonName(case=case, person=person, kind="full", value=full,
                                           search_key=search_key(full)))  # fmt: skip
                if rng.random() < 0.5:
                    alias = f"{given} {surname}"
                    names.append(rm.PersonName(case=case, person=person, kind="alias",
                                               value=alias, search_key=search_key(alias)))  # fmt: skip
                status = rng.choices([s for s, _ in STATUS_MIX], [w for _, w in STATUS_MIX])[0]
                involvements.append((person, status))
            rm.PersonName.objects.bulk_create(names, batch_size=batch)
            created = rm.Involvement.objects.bulk_create(
                [rm.Involvement(case=case, act=acts[s], person=p, role="victim")
                 for p, s in involvements], batch_size=batch)  # fmt: skip
            statuses = []
            for inv, (person, status) in zip(created, involvements, strict=True):
                statuses.append(rm.StatusRecord(case=case, involvement=inv, person=person,
                                                status=status))  # fmt: skip
                if status == "captured" and rng.random() < 0.6:
                    statuses.append(rm.StatusRecord(case=case, involvement=inv, person=person,
                                                    status="released"))  # fmt: skip
            rm.StatusRecord.objects.bulk_create(statuses, batch_size=batch)
            done += size
        record_bulk_action(case=case, acting_user=owner, object_type="records.person",
                           summary={"persons": persons, "seed": seed},
                           message=f"benchmark load of {persons} persons")  # fmt: skip
    return time.perf_counter() - started


def measure(case: Any, user: Any, repeats: int) -> dict[str, Any]:
    from django.db import connection
    from django.test import Client

    from rightsledger.records import models as rm
    from rightsledger.records.summary import case_summary

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    rng = random.Random(7)
    some_ids = list(rm.Person.objects.filter(case=case).order_by("-id").values_list("id", flat=True)[:1000])  # fmt: skip
    prefixes = ["məmməd", "алиев", "hüseynov le", "petros", "qasımov n"]
    from rightsledger.records.naming import name_prefix_lookup, search_key

    requests = {
        "person list ?status=killed": lambda: f"/api/persons/?case={case.slug}&status=killed",
        "person list ?status=missing": lambda: f"/api/persons/?case={case.slug}&status=missing",
        "person list ?name=prefix": lambda: f"/api/persons/?case={case.slug}&name={rng.choice(prefixes)}",
        "person detail": lambda: f"/api/persons/{rng.choice(some_ids)}/",
        "case summary": lambda: f"/api/cases/{case.slug}/summary/",
    }  # fmt: skip
    floors = {
        "person list ?status=killed": lambda: list(rm.Person.objects.filter(
            case=case, statuses__status="killed").order_by("-id")[:50]),
        "person list ?status=missing": lambda: list(rm.Person.objects.filter(
            case=case, statuses__status="missing").order_by("-id")[:50]),
        "person list ?name=prefix": lambda: list(rm.Person.objects.filter(
            case=case, pk__in=rm.PersonName.objects.filter(
                case=case, **name_prefix_lookup(search_key(rng.choice(prefixes)))
            ).values("person_id")).order_by("-id")[:50]),
        "person detail": lambda: rm.Person.objects.get(pk=rng.choice(some_ids)),
        # The summary served is cached per version of the case; the baseline computes it.
        "case summary": lambda: case_summary(case),
    }  # fmt: skip
    results: dict[str, Any] = {}
    for label, url in requests.items():
        client.get(url())  # warm caches
        samples = []
        for _ in range(repeats):
            started = time.perf_counter()
            response = client.get(url())
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (label, response.status_code)
        floor = []
        for _ in range(repeats):
            started = time.perf_counter()
            floors[label]()
            floor.append((time.perf_counter() - started) * 1000)
        results[label] = {
            "p50_ms": round(percentile(samples, 50), 1),
            "p95_ms": round(percentile(samples, 95), 1),
            "baseline_query_p50_ms": round(percentile(floor, 50), 1),
            "baseline_query_p95_ms": round(percentile(floor, 95), 1),
        }
    results["database"] = connection.vendor
    return results


def run_one(backend: str, persons: int, repeats: int, home: Path) -> dict[str, Any]:
    setup(backend, home)
    from django.contrib.auth import get_user_model

    from rightsledger.cases.actions import create_case
    from rightsledger.cases.models import Case
    from rightsledger.records import models as rm

    slug = f"bench-{persons}"
    case = Case.objects.filter(slug=slug).first()
    user_model = get_user_model()
    user = user_model.objects.filter(username="bench").first() or user_model.objects.create_user(
        "bench", password="bench-password-1")  # fmt: skip
    load_seconds = None
    if case is None or rm.Person.objects.filter(case=case).count() != persons:
        if case is not None:
            raise SystemExit(f"case {slug} exists with a different size; drop the bench database")
        case = create_case(name=f"Benchmark {persons}", slug=slug, owner=user)
        load_seconds = populate(case, persons)
        if backend == "postgres":
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    result = {"backend": backend, "persons": persons}
    if load_seconds is not None:
        result["bulk_load_seconds"] = round(load_seconds, 1)
        result["bulk_load_persons_per_s"] = round(persons / load_seconds)
    result["latency"] = measure(case, user, repeats)
    return result


TARGETS_PG_1M = {"person list ?status=killed": 100, "person list ?status=missing": 100,
                 "person list ?name=prefix": 100, "person detail": 100, "case summary": 500}  # fmt: skip


def report(result: dict[str, Any]) -> None:
    print(f"\n== {result['backend']} — {result['persons']:,} persons ==")
    if "bulk_load_seconds" in result:
        print(f"bulk load: {result['bulk_load_seconds']} s "
              f"({result['bulk_load_persons_per_s']:,} persons/s with names, involvements, statuses)")  # fmt: skip
    print(f"{'request':32} {'p50 ms':>8} {'p95 ms':>8} {'baseline p50':>13} {'target p95':>11}")
    for label, figures in result["latency"].items():
        if label == "database":
            continue
        target = TARGETS_PG_1M.get(label)
        verdict = ""
        if result["backend"] == "postgres" and target is not None:
            verdict = f"{target} {'ok' if figures['p95_ms'] < target else 'MISSED'}"
        print(f"{label:32} {figures['p50_ms']:8} {figures['p95_ms']:8} "
              f"{figures['baseline_query_p50_ms']:13} {verdict:>11}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"))
    parser.add_argument("--json", action="store_true", help="(internal) print the result as JSON")
    args = parser.parse_args()
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    for backend in backends:
        if len(backends) > 1:
            # Each backend in its own process: Django's settings are fixed once per process.
            out = subprocess.run(
                [sys.executable, __file__, "--persons", str(args.persons), "--backend", backend,
                 "--repeats", str(args.repeats), "--home", str(args.home / backend), "--json"],
                check=False, capture_output=True, text=True)  # fmt: skip
            if out.returncode != 0:
                print(f"\n== {backend}: failed ==\n{out.stderr[-3000:]}")
                continue
            report(json.loads(out.stdout.strip().splitlines()[-1]))
        else:
            result = run_one(backend, args.persons, args.repeats, args.home)
            print(json.dumps(result)) if args.json else report(result)


if __name__ == "__main__":
    main()
