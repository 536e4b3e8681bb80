"""Set up Django for a benchmark on a dedicated database (never the user's data)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
