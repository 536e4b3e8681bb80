"""The suite runs on the database it was asked to run on (both runs are real)."""

from __future__ import annotations

import os

from django.db import connection


def test_the_configured_engine_is_in_use(db: None) -> None:
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    if expected == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1


def test_postgresql_plans_are_not_jit_compiled(db: None) -> None:
    # A page's queries are small answers from large tables: compiling the plan cost more than
    # running it (settings: "-c jit=off").
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
