"""Set up Django for a benchmark on a dedicated database (never the user's data)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_PG_URL = "postgres://postgres@127.0.0.1:5432/rightsledger_bench"


def setup(backend: str, home: Path) -> None:
    """Point Django at a benchmark database of ``backend`` ("sqlite" or "postgres")."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ["RIGHTSLEDGER_HOME"] = str(home)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rightsledger.settings")
    if backend == "postgres":
        os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", BENCH_PG_URL)
        _ensure_pg_database(os.environ["DATABASE_URL"])
    else:
        os.environ.pop("DATABASE_URL", None)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def bench_user() -> Any:
    """The benchmarks' own account (made on first use); call after ``setup``."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    return users.filter(username="bench").first() or users.create_user(
        "bench", password="bench-password-1"
    )


def _ensure_pg_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def each_backend(choice: str, script: str, options: list[str], as_json: bool,
                 run_here: Callable[[str], dict[str, Any]],
                 report: Callable[[dict[str, Any]], None]) -> None:  # fmt: skip
    """Run a benchmark on the ``choice`` of backend ("sqlite", "postgres" or "both").

    For both, each backend runs in a process of its own (``script`` again with ``options``,
    ``--backend`` and ``--json``): Django's settings are fixed once per process. For one,
    ``run_here`` runs it in this process, and its result is reported (or printed as JSON)."""
    backends = ["sqlite", "postgres"] if choice == "both" else [choice]
    for backend in backends:
        if len(backends) == 1:
            result = run_here(backend)
            print(json.dumps(result, ensure_ascii=False)) if as_json else report(result)
            continue
        out = subprocess.run(
            [sys.executable, script, *options, "--backend", backend, "--json"],
            check=False, capture_output=True, text=True)  # fmt: skip
        if out.returncode != 0:
            print(f"\n== {backend}: failed ==\n{out.stderr[-3000:]}")
            continue
        report(json.loads(out.stdout.strip().splitlines()[-1]))
