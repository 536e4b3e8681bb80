"""Benchmark: `verify` checking every recorded row against its history, at 1,000,000 persons.

Fills a case with N persons, their names (one or two each), an involvement and a victim
status each (about 4.6 rows per person), written as imports write them: bulk inserts
recorded by ``record_bulk_changes`` (each row's id and state hash in entries of 5,000 rows),
then changes some rows one by one through ``update_object`` (one entry each).  Measures, in
the same run:

* baseline 1 — the plain chain walk: every entry's hash and link, no row read (what
  `verify` did before it checked rows);
* baseline 2 — the plain read of every recorded row (the same SELECTs, no hashing): the
  floor of any check that looks at every row;
* the full record check (chain walk + replay + every row re-hashed and compared), its
  peak memory, and that a row edited in the database is then found;
* the incremental check (``verify --since``) after 100 more changes.

    .venv/bin/python bench/verify_state.py --persons 1000000 [--backend sqlite|postgres]

The database is kept (``--home``; PostgreSQL: ``rightsledger_bench``) and reused when it
already holds the case of that size.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _django import setup

GIVEN = ["Həsən", "Leyla", "Rauf", "Aygün", "Elçin", "Sevil", "Nicat", "Gülnar", "Tural",
         "Гасан", "Лейла", "Рауф", "Эльчин", "Армен", "Ануш", "Давид"]  # fmt: skip
SURNAMES = ["Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "İsmayılov", "Алиев", "Мамедов",
            "Petrosyan", "Hakobyan", "Sargsyan", "Abbasov", "Kərimov"]  # fmt: skip
STATUSES = ["killed", "injured", "captured", "missing"]
BATCH = 10_000


def populate(case: Any, user: Any, persons: int, rng: random.Random) -> float:
    """Persons with names, involvements and statuses, recorded as bulk writes record them."""
    from django.db import transaction

    from rightsledger.cases.actions import create_object, record_bulk_changes
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key

    started = time.perf_counter()
    event = create_object(rm.Event, acting_user=user, case=case, title="Benchmark event")
    act = create_object(rm.Act, acting_user=user, case=case, event=event, act_type="killing")
    done = 0
    while done < persons:
        size = min(BATCH, persons - done)
        with transaction.atomic():
            people = []
            for _ in range(size):
                full = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
                people.append(rm.Person(case=case, display_name=full, birth_year=rng.randint(
                    1915, 1991), sex=rng.choice(["male", "female"])))  # fmt: skip
            rm.Person.objects.bulk_create(people)
            names = []
            for person in people:
                names.append(rm.PersonName(case=case, person=person, value=person.display_name,
                                           search_key=search_key(person.display_name)))  # fmt: skip
                if rng.random() < 0.6:
                    alias = " ".join(reversed(person.display_name.split()))
                    names.append(rm.PersonName(case=case, person=person, kind="alias", value=alias,
                                               search_key=search_key(alias)))  # fmt: skip
            rm.PersonName.objects.bulk_create(names)
            involvements = rm.Involvement.objects.bulk_create(
                [rm.Involvement(case=case, act=act, person=p, role="victim") for p in people]
            )
            statuses = rm.StatusRecord.objects.bulk_create(
                [rm.StatusRecord(case=case, involvement=i, person_id=i.person_id,
                                 status=rng.choice(STATUSES)) for i in involvements]
            )  # fmt: skip
            record_bulk_changes(
                case=case, acting_user=user, message=f"benchmark list, persons {done}+",
                summary={"id": done}, created=[*people, *names, *involvements, *statuses],
            )  # fmt: skip
        done += size
        print(f"\r  loaded {done:,} persons", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return time.perf_counter() - started


def change_one_by_one(case: Any, user: Any, count: int, rng: random.Random) -> None:
    from rightsledger.cases.actions import update_object
    from rightsledger.records import models as rm

    ids = list(rm.Person.objects.filter(case=case).order_by("?").values_list("pk", flat=True)[
        :count])  # fmt: skip
    for pk in ids:
        person = rm.Person.objects.get(pk=pk)
        update_object(person, acting_user=user, notes=f"checked {rng.random():.6f}")


def timed(what: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = what()
    return time.perf_counter() - started, result


def plain_chain_walk(case: Any) -> int:
    from rightsledger.cases.history import chain_key, verify_chain

    problems = list(verify_chain(chain_key(case)))
    assert not problems, problems[:3]
    return 0


def plain_row_read(case: Any) -> int:
    from rightsledger.cases.models import Case
    from rightsledger.cases.replay import recorded_models
    from rightsledger.cases.state import state_spec

    rows = 0
    for model in recorded_models():
        queryset = model._default_manager.order_by()
        queryset = queryset.filter(pk=case.pk) if model is Case else queryset.filter(case=case)
        for _values in queryset.values_list(*state_spec(model).attnames).iterator(chunk_size=5000):
            rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--one-by-one", type=int, default=10_000,
                        help="persons changed one by one (one history entry each)")  # fmt: skip
    parser.add_argument("--home", type=Path, default=Path("/tmp/rightsledger-bench-verify"))
    args = parser.parse_args()
    setup(args.backend, args.home / args.backend)
    from django.contrib.auth import get_user_model
    from django.db import connection

    from rightsledger.cases.actions import create_case, update_object
    from rightsledger.cases.models import Case, ChainHead, HistoryEntry
    from rightsledger.evidence.verify_records import check_records
    from rightsledger.records import models as rm

    rng = random.Random(5)
    users = get_user_model().objects
    user = users.filter(username="bench").first() or users.create_user("bench", password="b-4-x")
    slug = f"verify-bench-{args.persons}"
    case = Case.objects.filter(slug=slug).first()
    if case is None:
        case = create_case(name=f"Verify bench {args.persons}", slug=slug, owner=user)
        seconds = populate(case, user, args.persons, rng)
        print(f"load: {args.persons:,} persons in {seconds:.0f} s")
        change_one_by_one(case, user, args.one_by_one, rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    entries = HistoryEntry.objects.filter(case=case).count()
    print(f"\n== {connection.vendor}: {args.persons:,} persons, {entries:,} history entries ==")

    walk_s, _ = timed(lambda: plain_chain_walk(case))
    read_s, rows = timed(lambda: plain_row_read(case))
    full_s, check = timed(lambda: check_records(case))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert not check.chain_problems, check.chain_problems[:3]
    assert not check.row_problems, check.row_problems[:3]
    assert check.rows == rows, (check.rows, rows)
    print(f"baseline 1, plain chain walk (no rows):  {walk_s:7.1f} s")
    print(f"baseline 2, plain read of every row:     {read_s:7.1f} s  ({rows:,} rows)")
    print(f"full record check (walk + every row):    {full_s:7.1f} s  "
          f"({full_s / max(walk_s + read_s, 1e-9):.2f}x baseline 1 + 2; "
          f"{rows / full_s:,.0f} rows/s; peak memory {peak_mib:,.0f} MiB)")  # fmt: skip

    victim = rm.PersonName.objects.filter(case=case).order_by("-pk").first()
    assert victim is not None
    rm.PersonName.objects.filter(pk=victim.pk).update(value="Mallory")
    found_s, found = timed(lambda: check_records(case))
    named = [str(p) for p in found.row_problems]
    assert named == [f"records.personname {victim.pk}: altered outside the record (differs "
                     "from its last history entry)"], named  # fmt: skip
    rm.PersonName.objects.filter(pk=victim.pk).update(value=victim.value)
    print(f"a name edited in the database: found and named in {found_s:.1f} s")

    head = ChainHead.objects.get(key=f"case:{case.pk}").sequence
    for person in rm.Person.objects.filter(case=case).order_by("-pk")[:100]:
        update_object(person, acting_user=user, notes=f"re-checked {rng.random():.6f}")
    since_s, since = timed(lambda: check_records(case, since=head + 1))
    assert not since.row_problems, since.row_problems[:3]
    assert since.entries == 100, since.entries
    print(f"incremental (--since, 100 new entries):  {since_s:7.2f} s  ({since.rows} rows)")


if __name__ == "__main__":
    main()
