"""Benchmark: deleting a person who has tens of thousands of names.

``delete_object`` writes one history entry per row it removes.  The baseline in the same run
appends those entries one by one, as ``delete_object`` did before (each entry locking and
moving the chain head: four statements a row); the measured path appends them together
(``append_entries``: the head locked and moved once, entries inserted in batches).  Both
delete an identical person (created by bulk inserts recorded as imports record them), and
the chain is verified after both.

    .venv/bin/python bench/large_person.py --names 50000 [--backend sqlite|postgres]

SQLite databases live in a fresh home under /tmp; PostgreSQL uses ``rightsledger_bench``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup


def person_with_names(case: Any, user: Any, names: int) -> Any:
    from django.db import transaction

    from rightsledger.cases.actions import create_object, record_bulk_changes
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key

    with transaction.atomic():
        person = create_object(rm.Person, acting_user=user, case=case, display_name="Name 0")
        rows = [
            rm.PersonName(case=case, person=person, kind="alias", value=f"Name {i}",
                          search_key=search_key(f"Name {i}"))
            for i in range(names)
        ]  # fmt: skip
        rm.PersonName.objects.bulk_create(rows, batch_size=5000)
        record_bulk_changes(case=case, acting_user=user, message="bench names",
                            summary={"names": names}, created=rows)  # fmt: skip
    return person


def delete_one_entry_at_a_time(obj: Any, user: Any) -> None:
    """``delete_object`` as it was: ``append_entry`` for the object and each dependent."""
    from django.db import router, transaction
    from django.db.models.deletion import Collector

    from rightsledger.cases.actions import _cascaded, _case_of, object_type_label, snapshot
    from rightsledger.cases.history import append_entry

    with transaction.atomic():
        collector = Collector(using=router.db_for_write(type(obj)))
        collector.collect([obj])
        for item in [obj, *_cascaded(collector, obj)]:
            append_entry(case=_case_of(item), actor=user, action="delete",
                         object_type=object_type_label(item), object_id=str(item.pk),
                         object_repr=str(item), before=snapshot(item))  # fmt: skip
        collector.delete()


class StatementTimer:
    """Time spent in the database's DELETE statements (the rows themselves, and triggers)."""

    def __init__(self) -> None:
        self.deleting = 0.0

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            if sql.lstrip().upper().startswith("DELETE"):
                self.deleting += time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    setup(args.backend, Path(tempfile.mkdtemp(prefix="rl-bench-large-")))

    from django.contrib.auth import get_user_model
    from django.db import connection

    from rightsledger.cases.actions import create_case, delete_object
    from rightsledger.cases.history import chain_key, verify_chain
    from rightsledger.cases.models import HistoryEntry

    user = get_user_model().objects.create_user(f"bench-{uuid.uuid4().hex[:8]}")
    case = create_case(name=f"Large person {uuid.uuid4().hex[:6]}", owner=user)
    timings = {}
    for label, delete in (("baseline: one append per row", delete_one_entry_at_a_time),
                          ("delete_object", lambda o, u: delete_object(o, acting_user=u))):  # fmt: skip
        person = person_with_names(case, user, args.names)
        entries = HistoryEntry.objects.filter(chain=chain_key(case)).count()
        timer = StatementTimer()
        started = time.perf_counter()
        with connection.execute_wrapper(timer):
            delete(person, user)
        total = time.perf_counter() - started
        timings[label] = total - timer.deleting
        written = HistoryEntry.objects.filter(chain=chain_key(case)).count() - entries
        print(f"{label}: {total:.2f} s in all for {written:,} entries; "
              f"{timer.deleting:.2f} s in DELETE statements, {timings[label]:.2f} s the rest "
              f"(collecting the rows, their history: {written / timings[label]:,.0f} entries/s)")  # fmt: skip
    problems = list(verify_chain(chain_key(case)))
    print(f"chain verified: {'OK' if not problems else problems[:3]}")
    base, new = timings.values()
    print(f"{args.backend}, {args.names:,} names: apart from the DELETE statements, "
          f"{base / new:.1f}x faster than the baseline")  # fmt: skip


if __name__ == "__main__":
    main()
