"""``rightsledger export persons``: one row per source record, with the person it belongs to."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.exports import dict_writer
from rightsledger.registry.models import SourceRecord

HELP = "Write the linked registry: person_id, source, record_id and the person's fields."
PERSON_FIELDS = ("person_name", "person_sex", "person_birth_year")
RECORD_FIELDS = ("full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
                 "birth_year", "age", "place_of_origin", "event_date", "event_place",
                 "status", "family_id")  # fmt: skip
COLUMNS = ("person_id", "source", "record_id", *PERSON_FIELDS, *RECORD_FIELDS)


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--case", required=True, help="Case slug.")
    parser.add_argument("--format", choices=["csv", "json"], default="csv",
                        help="Output format (default: csv).")  # fmt: skip
    parser.add_argument("--output", type=Path, help="File to write (default: standard output).")
    add_actor_argument(parser)


def rows(case: Any, user: Any) -> list[dict[str, Any]]:
    records = (
        SourceRecord.objects.restrict(user, "view")
        .filter(case=case, documented=False)
        .select_related("source", "person")
        .order_by("person_id", "source__title", "record_id")
    )
    out = []
    for record in records.iterator(chunk_size=5000):  # masked by the access path
        person = record.person
        row = {"person_id": record.person_id, "source": record.origin,
               "record_id": record.record_id,
               "person_name": person.display_name if person else "",
               "person_sex": person.sex if person else "",
               "person_birth_year": person.birth_year if person else None}  # fmt: skip
        row.update({name: getattr(record, name) for name in RECORD_FIELDS})
        out.append(row)
    return out


def write(data: list[dict[str, Any]], fmt: str, stream: IO[str]) -> None:
    if fmt == "json":
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
        return
    writer = dict_writer(stream, COLUMNS)
    writer.writeheader()
    for row in data:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})


def handle(command: BaseCommand, options: dict[str, Any]) -> None:
    user = acting_user(options)
    case = case_for(user, options["case"], "view")
    data = rows(case, user)
    if options["output"] is None:
        write(data, options["format"], sys.stdout)
        return
    # Written beside the target and renamed: a reader never sees half a file.
    target: Path = options["output"]
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as stream:
        write(data, options["format"], stream)
    partial.replace(target)
    command.stdout.write(f"wrote {len(data)} records to {target}")
