"""A time-boxed count leaves the enclosing transaction's statement timeout as it found it."""

from __future__ import annotations

from typing import Any

from django.db import connection

from rightsledger.records import models as rm
from rightsledger.web.paging import bounded_count


def test_the_budget_ends_with_the_count(case: Any) -> None:
    if connection.vendor != "postgresql":
        return  # SQLite counts without a budget
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        before = cursor.fetchone()
    assert bounded_count(rm.Person.objects.filter(case=case)) == (0, False)
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == before
