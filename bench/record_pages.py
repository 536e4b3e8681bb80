"""Benchmark: a record's page as PDF (a person's dossier, an event's page), served.

Served by Django's test client in-process (no network in the measurement), as a viewer of
the case sees them: the PDF of a person made from list rows, of a person entered by hand,
and of the case's event (every person of the case is involved in its acts, so its page
counts them all).  Baseline in the same run: the same record's HTML page as served — the
PDF reads the same read models and adds its layout (and, for an event, the timeline chart).
Each request's peak of Python memory (tracemalloc) is measured apart from its timing.

The case is the one ``bench/records.py`` loads (mostly persons from six imported lists):

    .venv/bin/python bench/record_pages.py --persons 100000 [--backend sqlite|postgres]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import percentile, setup


def _get(client: Any, url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, response.content


def _peak_mb(client: Any, url: str) -> float:
    tracemalloc.start()
    client.get(url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def measure(case: Any, user: Any, repeats: int) -> list[dict[str, Any]]:
    from django.test import Client
    from pypdf import PdfReader

    from rightsledger.records import models as rm
    from rightsledger.registry.models import LinkedPerson

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    slug = case.slug
    rng = random.Random(7)
    listed = list(LinkedPerson.objects.filter(case=case).order_by("?")
                  .values_list("person_id", flat=True)[:200])  # fmt: skip
    by_hand = list(rm.Person.objects.filter(case=case, linkage__isnull=True).order_by("?")
                   .values_list("pk", flat=True)[:100])  # fmt: skip
    event = rm.Event.objects.filter(case=case).order_by("pk").first()
    assert event is not None
    records = {
        "person made from lists": lambda: f"/c/{slug}/persons/{rng.choice(listed)}/",
        "person entered by hand": lambda: f"/c/{slug}/persons/{rng.choice(by_hand)}/",
        "the case's event": lambda: f"/c/{slug}/events/{event.pk}/",
    }
    rows = []
    for label, page in records.items():
        _get(client, page())  # warm: caches, imports, fonts
        _get(client, page() + "pdf/")
        html, pdf, sizes, pages = [], [], [], []
        for _ in range(repeats):
            url = page()
            html.append(_get(client, url)[0])
            took, data = _get(client, url + "pdf/")
            pdf.append(took)
            sizes.append(len(data))
            pages.append(len(PdfReader(io.BytesIO(data)).pages))
        url = page()
        rows.append({
            "record": label,
            "html_p50": percentile(html, 50), "html_p95": percentile(html, 95),
            "pdf_p50": percentile(pdf, 50), "pdf_p95": percentile(pdf, 95),
            "html_peak_mb": _peak_mb(client, url), "pdf_peak_mb": _peak_mb(client, url + "pdf/"),
            "kb": round(percentile(sizes, 50) / 1024), "pages": percentile(pages, 50),
        })  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench"),
                        help="as for records.py: the SQLite database is <home>/sqlite")  # fmt: skip
    parser.add_argument("--wait", type=float, default=30,
                        help="minutes to wait for a load under way")  # fmt: skip
    args = parser.parse_args()
    setup(args.backend, args.home / args.backend)
    from django.conf import settings

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    from records import bench_case
    from rightsledger.cases.actions import set_membership

    case, user, _ = bench_case(args.persons, wait_minutes=args.wait)
    if not case.memberships.filter(user=user).exists():
        set_membership(case=case, user=user, role="viewer", acting_user=user)
    before = [round(x, 2) for x in os.getloadavg()]
    rows = measure(case, user, args.repeats)
    print(f"\n== a record's page as PDF, served — {args.persons:,} persons on {args.backend}; "
          f"load average {before} → {[round(x, 2) for x in os.getloadavg()]} ==")  # fmt: skip
    print(f"{'record':24} {'PDF p50/p95 ms':>16} {'peak MB':>8} {'KB':>6} {'pages':>6}   "
          f"baseline: its HTML page p50/p95 ms, peak MB")  # fmt: skip
    for r in rows:
        print(f"{r['record']:24} {r['pdf_p50']:7.0f}/{r['pdf_p95']:<8.0f} {r['pdf_peak_mb']:8} "
              f"{r['kb']:6} {r['pages']:6}   {r['html_p50']:.0f}/{r['html_p95']:.0f}, "
              f"{r['html_peak_mb']}")  # fmt: skip
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"process peak resident memory: {peak} MB")


if __name__ == "__main__":
    main()
