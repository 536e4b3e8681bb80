"""Benchmark: the browser pages that must stay fast at a million persons.

Times full page renders — middleware, access check, queries, templates — through Django's
test client in-process (no network in the measurement): the person list (plain, filtered,
searched by name, deep in its keyset paging), the person page of a person made from list
rows (rows verbatim, statuses by source, why the rows were joined, the bulk history that
wrote them) and of a hand-entered person, the figures page (documented, claimed and
estimated; the case's and its event's), the Registry tab and the case dashboard as served,
and the figures pages and dashboard counted in the request after a change.

Target at 1,000,000 persons on PostgreSQL: p95 under 300 ms for every page served.
Baseline, in the same run: the time the page's own database queries took (the floor no
rendering can go below), with their number.

The case is the one ``bench/records.py`` loads (mostly persons from six imported lists), in
the same benchmark database and with the same slug, so both benchmarks share one load (its
one event holds every person: the event's figures page sums every person's share):

    .venv/bin/python bench/web_pages.py --persons 1000000 --backend postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import percentile, setup

TARGET_P95_MS = 300
PREFIXES = ["məmməd", "алиев", "Aliyev", "hüseynov le", "petros", "qasımov n", "Гусейнов Р"]
# Given names alone, and names in another order than recorded ("Surname Given").
ANY_ORDER = ["leyla", "Rauf Hüseynov", "Гасан Алиев", "elçin qas", "sevil", "tural m"]


def prepare(persons: int, *, wait_minutes: float) -> tuple[Any, Any, dict[str, Any]]:
    """The benchmark case (loading it if absent) and a viewer of it."""
    from records import bench_case
    from rightsledger.cases.actions import set_membership

    case, user, load = bench_case(persons, wait_minutes=wait_minutes)
    if not case.memberships.filter(user=user).exists():
        set_membership(case=case, user=user, role="viewer", acting_user=user)
    return case, user, load


def _time(client: Any, url: str) -> tuple[float, float, int]:
    """One request: its milliseconds, its queries' milliseconds, its number of queries."""
    from django.db import connection, reset_queries

    reset_queries()
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    queries = connection.queries
    return elapsed, sum(float(q["time"]) for q in queries) * 1000, len(queries)


def _deep_page(client: Any, base: str, pages: int) -> str:
    """The URL of the page ``pages`` pages into the list, following the "next" links."""
    url = base
    for _ in range(pages):
        html = client.get(url).content.decode()
        match = re.search(r'<a href="(\?[^"]+)" rel="next">', html)
        if not match:
            break
        url = base.split("?")[0] + match.group(1).replace("&amp;", "&")
    return url


def _summarise(samples: list[tuple[float, float, int]]) -> dict[str, Any]:
    took = [t for t, _, _ in samples]
    in_db = [d for _, d, _ in samples]
    return {"p50_ms": round(percentile(took, 50), 1), "p95_ms": round(percentile(took, 95), 1),
            "db_p50_ms": round(percentile(in_db, 50), 1), "queries": samples[-1][2]}  # fmt: skip


def measure(case: Any, user: Any, repeats: int) -> dict[str, Any]:
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    from rightsledger.records import models as rm
    from rightsledger.registry.models import LinkedPerson

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    slug = case.slug
    persons = f"/c/{slug}/persons/"
    rng = random.Random(7)
    # Persons made from list rows (most of them have one row, some two or three), and
    # persons entered by hand.
    listed = list(LinkedPerson.objects.filter(case=case).order_by("?")
                  .values_list("person_id", flat=True)[:300])  # fmt: skip
    by_hand = list(rm.Person.objects.filter(case=case, linkage__isnull=True).order_by("?")
                   .values_list("pk", flat=True)[:100])  # fmt: skip
    # The case's one event holds every person: its figures sum a million persons' shares.
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    event_figures = f"/c/{slug}/figures/?event={event.pk}" if event else f"/c/{slug}/figures/"
    pages: dict[str, Any] = {
        "person list": lambda: persons,
        "person list ?status=killed": lambda: persons + "?status=killed",
        "person list ?status=killed&sex=female": lambda: persons + "?status=killed&sex=female",
        "person list ?status=killed&age_group=elderly":
            lambda: persons + "?status=killed&age_group=elderly",
        "person list ?q=<name prefix>": lambda: persons + "?q=" + rng.choice(PREFIXES),
        "person list ?q=<prefix>&status=missing":
            lambda: persons + "?status=missing&q=" + rng.choice(PREFIXES),
        "person list, sorted Z–A": lambda: persons + "?sort=-name",
        "person page, from lists": lambda: f"/c/{slug}/persons/{rng.choice(listed)}/",
        "person page, entered by hand": lambda: f"/c/{slug}/persons/{rng.choice(by_hand)}/",
        "figures page (served)": lambda: f"/c/{slug}/figures/",
        "figures page of an event (served)": lambda: event_figures,
        "Registry tab (served)": lambda: f"/c/{slug}/registry/",
        "dashboard (served)": lambda: f"/c/{slug}/",
    }  # fmt: skip
    results: dict[str, Any] = {}
    settings.DEBUG = True  # to time the queries (Django records them only in debug mode)
    # After a change (a status record added to, or taken from, a random person through the
    # actions), with no cache: the first view counts in the request — the running tallies
    # catch up with the change (``registry.tallies``).
    from _list_persons import status_changes

    change = status_changes(case, user, rng)
    for label, url in (
        ("dashboard, first view after a change", f"/c/{slug}/"),
        ("figures page, first view after a change", f"/c/{slug}/figures/"),
        ("figures page of an event, first view after a change", event_figures),
    ):
        # The process's first view of the page compiles its templates and imports its
        # views: what a server does once when it starts, not after each change.
        client.get(url)
        counted = []
        for _ in range(6):
            change()
            cache.clear()
            counted.append(_time(client, url))
        results[label] = _summarise(counted)
    deep = _deep_page(client, persons + "?status=killed", 20)
    pages["person list ?status=killed, page 21"] = lambda: deep
    for label, url in pages.items():
        client.get(url())  # warm the connection and the template cache
        results[label] = _summarise([_time(client, url()) for _ in range(repeats)])
    settings.DEBUG = False
    results["database"] = connection.vendor
    return results


def run(backend: str, persons: int, repeats: int, home: Path, wait: float) -> dict[str, Any]:
    setup(backend, home / backend)
    from django.conf import settings
    from django.core.management import call_command

    # Production serves static files through the manifest: build it, as `init` does.
    call_command("collectstatic", interactive=False, verbosity=0)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    case, user, load = prepare(persons, wait_minutes=wait)
    result: dict[str, Any] = {"backend": backend, "persons": persons, **load}
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    result["pages"] = measure(case, user, repeats)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def report(result: dict[str, Any]) -> None:
    print(f"\n== web pages on {result['backend']} — {result['persons']:,} persons ==")
    if "bulk_load_seconds" in result:
        print(f"bulk load: {result['bulk_load_seconds']} s")
    print(f"load average (1/5/15 min) before: {result['load_average']}, "
          f"after: {result['load_average_after']}")  # fmt: skip
    print(f"{'page':48} {'p50 ms':>8} {'p95 ms':>8} {'p95 < 300 ms':>13}   baseline: its queries")
    for label, figures in result["pages"].items():
        if label == "database":
            continue
        verdict = "ok" if figures["p95_ms"] < TARGET_P95_MS else "MISSED"
        print(f"{label:48} {figures['p50_ms']:8} {figures['p95_ms']:8} {verdict:>13}   "
              f"{figures['queries']} queries, {figures['db_p50_ms']} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="postgres")
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"),
                        help="as for records.py: the SQLite database is <home>/sqlite")  # fmt: skip
    parser.add_argument(
        "--wait", type=float, default=30, help="minutes to wait for a load under way"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run(args.backend, args.persons, args.repeats, args.home, args.wait)
    print(json.dumps(result, ensure_ascii=False)) if args.json else report(result)


if __name__ == "__main__":
    main()
