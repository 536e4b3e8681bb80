"""Benchmark: the bulk history of a person page, found through the index of bulk rows.

A person page lists the bulk history entries (imports, linkage runs) that wrote the
person's rows: the person, their names, their statuses.  ``registry.queries.bulk_history``
finds them through the index of bulk rows (``cases.bulk_refs``).  Measured, for persons
made from list rows and persons entered by hand:

* the lookup as the page makes it (the newest 50 entries, read whole), p50/p95;
* the person page as served, p50/p95 (target: p95 < 300 ms at 1,000,000 persons);
* what the index costs: bulk writes of list-made persons (rows per second of the whole write
  and of its history, with the time spent writing the index and without it), filling it
  from the history (what the migration does), its size beside the history's, and its check
  in ``verify`` beside the chain walk it rides on.

Baseline in the same run: the search the index replaced — every bulk entry's JSON searched
for the rows' ids (``after__rows__<type>__<action>__has_key``), on the same persons, for the
lookup and for the served page.  Both must find the same entries, or the run stops.

The case is the one ``bench/records.py`` loads (persons made from six imported lists, in
bulk entries of 5,000 rows, and a few thousand entered by hand), in the same benchmark
database and with the same slug; the writes are rolled back, so the case stays as loaded
(on PostgreSQL their dead rows stay in the tables until a VACUUM: the sizes printed are true
after a fresh load or a VACUUM FULL):

    .venv/bin/python bench/person_page.py --persons 100000 --backend postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import percentile, setup

TARGET_P95_MS = 300
PAGE_ENTRIES = 50  # what the person page shows of them


def json_search(user: Any, case: Any, rows: dict[str, list[int]]) -> Any:
    """The baseline: ``bulk_history`` as it was, searching the JSON of every bulk entry."""
    from django.db.models import Q

    from rightsledger.cases.models import HistoryEntry

    condition = Q(pk__in=[])
    for object_type, ids in rows.items():
        for action in ("create", "update", "delete"):
            for pk in ids[:50]:
                condition |= Q(**{f"after__rows__{object_type}__{action}__has_key": str(pk)})
    return (
        HistoryEntry.objects.restrict(user, "view")
        .filter(case=case, action=HistoryEntry.Action.BULK)
        .filter(condition)
        .order_by("-sequence")
    )


def page_rows(person_id: int) -> dict[str, list[int]]:
    """The rows a person page asks about (as ``records.views.persons.person_detail``)."""
    from rightsledger.records import models as rm

    return {
        "records.person": [person_id],
        "records.personname": list(
            rm.PersonName.objects.filter(person_id=person_id).values_list("pk", flat=True)
        ),
        "records.statusrecord": list(
            rm.StatusRecord.objects.filter(person_id=person_id).values_list("pk", flat=True)
        ),
    }


def _ms(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    out = call()
    return (time.perf_counter() - started) * 1000, out


def _summary(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 50), 1),
            "p95_ms": round(percentile(samples, 95), 1)}  # fmt: skip


def lookups(case: Any, user: Any, persons: list[int], label: str) -> dict[str, Any]:
    """The page's lookup through the index and the baseline's, alternately, per person."""
    from rightsledger.registry.queries import bulk_history

    index, baseline, entries = [], [], []
    for number, person_id in enumerate(persons):
        rows = page_rows(person_id)
        calls = [("index", lambda rows=rows: list(bulk_history(user, case, rows)[:PAGE_ENTRIES])),
                 ("json", lambda rows=rows: list(json_search(user, case, rows)[:PAGE_ENTRIES]))]  # fmt: skip
        found = {}
        for name, call in calls if number % 2 else calls[::-1]:
            took, got = _ms(call)
            (index if name == "index" else baseline).append(took)
            found[name] = [e.pk for e in got]
        if found["index"] != found["json"]:
            raise SystemExit(f"{label} {person_id}: the index finds {found['index']}, "
                             f"the JSON search {found['json']}")  # fmt: skip
        entries.append(len(found["index"]))
    return {"persons": len(persons), "entries_per_person": round(sum(entries) / len(entries), 1),
            "index": _summary(index), "baseline": _summary(baseline)}  # fmt: skip


def served(case: Any, user: Any, persons: list[int], repeats: int) -> dict[str, Any]:
    """The person page as served, in turn: as it is (the index; each bulk entry shown with
    the person's rows only), with the baseline's search instead of the index, and as it was
    before both (the baseline's search, each bulk entry printed whole)."""
    from django.test import Client

    from rightsledger.registry.queries import bulk_history, rows_excerpt

    def whole(entries: Any, rows: Any) -> list[Any]:
        return list(entries)

    variants = {"index": (bulk_history, rows_excerpt), "baseline": (json_search, rows_excerpt),
                "before": (json_search, whole)}  # fmt: skip
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    rng = random.Random(11)
    urls = [f"/c/{case.slug}/persons/{rng.choice(persons)}/" for _ in range(repeats)]
    client.get(urls[0])  # warm the connection and the templates
    took: dict[str, list[float]] = {name: [] for name in variants}
    sizes: dict[str, list[int]] = {name: [] for name in variants}
    for number, url in enumerate(urls):
        order = list(variants)[number % 3 :] + list(variants)[: number % 3]
        for name in order:
            search, shown = variants[name]
            with (mock.patch("rightsledger.records.views.persons.bulk_history", search),
                  mock.patch("rightsledger.records.views.persons.rows_excerpt", shown)):  # fmt: skip
                ms, response = _ms(lambda url=url: client.get(url))
            assert response.status_code == 200, (url, response.status_code)
            took[name].append(ms)
            sizes[name].append(len(response.content))
    return {name: {**_summary(took[name]), "kb": round(sum(sizes[name]) / len(urls) / 1024)}
            for name in variants}  # fmt: skip


def write_cost(case: Any, user: Any, persons_per_write: int, repeats: int) -> dict[str, Any]:
    """Bulk writes of list-made persons as the load makes them (rows inserted, then
    ``record_bulk_changes``), each rolled back; the time spent writing the index is taken
    apart from the rest of the write's history by timing ``index_entries`` inside it."""
    from django.db import transaction

    from _list_persons import _batch_of_list_persons, _lists_so_far
    from rightsledger.cases import actions
    from rightsledger.cases.actions import record_bulk_changes
    from rightsledger.records import models as rm

    lists = _lists_so_far(case)
    event = rm.Event.objects.get(case=case, title="Benchmark event")
    rng, family_seq = random.Random(5), [10**6]
    indexing = [0.0]
    index_entries = actions.index_entries

    def timed(entries: Any) -> int:
        started = time.perf_counter()
        try:
            return index_entries(entries)
        finally:
            indexing[0] += time.perf_counter() - started

    runs = []
    for _ in range(repeats):
        indexing[0] = 0.0
        with transaction.atomic(), mock.patch.object(actions, "index_entries", timed):
            started = time.perf_counter()
            rows = _batch_of_list_persons(case, lists, event, persons_per_write, rng, family_seq)
            inserted = time.perf_counter()
            record_bulk_changes(case=case, acting_user=user, summary={}, message="bench",
                                created=rows)  # fmt: skip
            recorded = time.perf_counter()
            transaction.set_rollback(True)
        runs.append({"rows": len(rows), "insert_s": inserted - started,
                     "history_s": recorded - inserted - indexing[0], "index_s": indexing[0]})  # fmt: skip
    median = {key: sorted(r[key] for r in runs)[len(runs) // 2] for key in runs[0]}
    rows = median["rows"]
    without = median["insert_s"] + median["history_s"]
    return {"persons_per_write": persons_per_write, "repeats": repeats, "rows": rows,
            **{k: round(v, 2) for k, v in median.items() if k != "rows"},
            "index_rows_per_s": round(rows / median["index_s"]),
            "write_rows_per_s_without_index": round(rows / without),
            "write_rows_per_s_with_index": round(rows / (without + median["index_s"])),
            "history_rows_per_s_without_index": round(rows / median["history_s"]),
            "history_rows_per_s_with_index":
                round(rows / (median["history_s"] + median["index_s"]))}  # fmt: skip


def fill_and_check(case: Any) -> dict[str, Any]:
    """The migration's fill of the case's index (rolled back), and verify's check of it
    beside the chain walk alone."""
    from django.db import transaction

    from rightsledger.cases.bulk_refs import RefCheck, fill_from_history
    from rightsledger.cases.history import chain_key, verify_chain
    from rightsledger.cases.models import BulkRowRef

    key = chain_key(case)
    with transaction.atomic():
        BulkRowRef.objects.filter(entry__chain=key).delete()
        fill_s, written = _ms(lambda: fill_from_history(chain=key))
        transaction.set_rollback(True)
    walk_ms, problems = _ms(lambda: list(verify_chain(key)))
    refs = RefCheck(key)
    both_ms, more = _ms(lambda: list(verify_chain(key, visit=refs.visit)) + refs.problems())
    if problems or more:
        raise SystemExit(f"verify found problems: {problems[:3]} {more[:3]}")
    return {"refs": written, "fill_s": round(fill_s / 1000, 1),
            "fill_rows_per_s": round(written / (fill_s / 1000)),
            "chain_walk_s": round(walk_ms / 1000, 1),
            "chain_walk_with_index_check_s": round(both_ms / 1000, 1)}  # fmt: skip


def sizes(case: Any) -> dict[str, Any]:
    from django.db import connection

    from rightsledger.cases.models import BulkRowRef, HistoryEntry

    out: dict[str, Any] = {
        "bulk_entries": HistoryEntry.objects.filter(case=case, action="bulk").count(),
        "refs": BulkRowRef.objects.filter(entry__case=case).count(),
    }
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in ("cases_bulkrowref", "cases_historyentry"):
                cursor.execute("SELECT pg_total_relation_size(%s)", [table])
                out[f"{table}_mb"] = round(cursor.fetchone()[0] / 2**20)
        else:
            try:
                cursor.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
            except Exception:  # dbstat is not in every SQLite build
                return out
            by_name = dict(cursor.fetchall())
            for table in ("cases_bulkrowref", "cases_historyentry"):
                total = sum(v for k, v in by_name.items() if table in k)
                out[f"{table}_mb"] = round(total / 2**20)
    return out


def run(backend: str, persons: int, samples: int, repeats: int, home: Path, write: int,
        ) -> dict[str, Any]:  # fmt: skip
    setup(backend, home / backend)
    from django.conf import settings
    from django.core.management import call_command

    from records import bench_case
    from rightsledger.records import models as rm
    from rightsledger.registry.models import LinkedPerson

    call_command("collectstatic", interactive=False, verbosity=0)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    case, user, load = bench_case(persons)
    rng = random.Random(7)
    listed = list(LinkedPerson.objects.filter(case=case).values_list("person_id", flat=True))
    by_hand = list(rm.Person.objects.filter(case=case, linkage__isnull=True)
                   .values_list("pk", flat=True))  # fmt: skip
    listed, by_hand = (
        rng.sample(listed, min(samples, len(listed))),
        rng.sample(by_hand, min(samples // 4, len(by_hand))),
    )
    result: dict[str, Any] = {"backend": backend, "persons": persons, **load}
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    result["sizes"] = sizes(case)
    result["lookup, made from lists"] = lookups(case, user, listed, "person")
    result["lookup, entered by hand"] = lookups(case, user, by_hand, "person")
    result["page, made from lists"] = served(case, user, listed, repeats)
    result["writes"] = write_cost(case, user, write, 5)
    result["fill and verify"] = fill_and_check(case)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def report(result: dict[str, Any]) -> None:
    print(f"\n== person page's bulk history on {result['backend']} — "
          f"{result['persons']:,} persons ==")  # fmt: skip
    print(f"load average (1/5/15 min) before: {result['load_average']}, "
          f"after: {result['load_average_after']}")  # fmt: skip
    size = result["sizes"]
    print(
        f"{size['bulk_entries']:,} bulk entries naming {size['refs']:,} rows; "
        + ", ".join(f"{k[:-3]} {v:,} MB" for k, v in size.items() if k.endswith("_mb"))
    )
    print(f"{'measure':36} {'index p50/p95 ms':>18} {'baseline p50/p95 ms':>21}   baseline")
    for label in ("lookup, made from lists", "lookup, entered by hand"):
        got = result[label]
        index, base = got["index"], got["baseline"]
        print(f"{label:36} {index['p50_ms']:>8} / {index['p95_ms']:<8} "
              f"{base['p50_ms']:>10} / {base['p95_ms']:<9} the JSON search "
              f"({got['entries_per_person']} entries a person)")  # fmt: skip
    page = result["page, made from lists"]
    index = page["index"]
    verdict = "ok" if index["p95_ms"] < TARGET_P95_MS else "MISSED"
    for name, note in (("baseline", "the page with the JSON search"),
                       ("before", "the page before: JSON search, bulk entries whole")):  # fmt: skip
        base = page[name]
        print(f"{'page, made from lists':36} {index['p50_ms']:>8} / {index['p95_ms']:<8} "
              f"{base['p50_ms']:>10} / {base['p95_ms']:<9} {note} ({base['kb']:,} KB "
              f"against {index['kb']:,} KB); p95 < {TARGET_P95_MS} ms: {verdict}")  # fmt: skip
    w = result["writes"]
    print(f"bulk write of {w['persons_per_write']:,} list-made persons, {w['rows']:,} rows "
          f"(median of {w['repeats']}, rolled back): rows {w['insert_s']} s, their history "
          f"{w['history_s']} s without the index + {w['index_s']} s writing the index "
          f"({w['index_rows_per_s']:,} rows/s)")  # fmt: skip
    print(f"  whole write: {w['write_rows_per_s_without_index']:,} rows/s without the index, "
          f"{w['write_rows_per_s_with_index']:,} with; its history: "
          f"{w['history_rows_per_s_without_index']:,} rows/s without, "
          f"{w['history_rows_per_s_with_index']:,} with")  # fmt: skip
    fill = result["fill and verify"]
    print(f"fill from the history (the migration): {fill['refs']:,} rows in {fill['fill_s']} s "
          f"({fill['fill_rows_per_s']:,} rows/s)")  # fmt: skip
    print(f"verify's chain walk: {fill['chain_walk_s']} s alone, "
          f"{fill['chain_walk_with_index_check_s']} s with the index check")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="postgres")
    parser.add_argument("--samples", type=int, default=100, help="list-made persons looked up")
    parser.add_argument("--repeats", type=int, default=40, help="page requests of each kind")
    parser.add_argument("--write", type=int, default=10_000, help="persons of one bulk write")
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"),
                        help="as for records.py: the SQLite database is <home>/sqlite")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run(args.backend, args.persons, args.samples, args.repeats, args.home, args.write)
    print(json.dumps(result, ensure_ascii=False)) if args.json else report(result)


if __name__ == "__main__":
    main()
