from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.analysis.statements import LANGUAGES, DraftClaim, Reading, read_statement
from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.actions import accept_statement
from rightsledger.records.statements import (
    MAX_STATEMENT_BYTES,
    StatementTextError,
    claim_fields,
    read_for_case,
    statement_text,
)


class Command(BaseCommand):
    help = (
        "Read a statement (en, ru or az) into draft claims: each figure with its category, "
        "subgroup, count or range, qualifier, the words as stated and where they stand, and "
        "the figure it is part of; dates and periods; places; instruments invoked. Nothing "
        "is saved unless --accept is given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", help="The statement as UTF-8 text, up to 1 MiB; - reads standard input."
        )
        parser.add_argument(
            "--language", choices=[*LANGUAGES, "auto"], default="auto",
            help="The statement's language (default: recognised from the text).",
        )  # fmt: skip
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument("--case", help="Match places and instruments against this case.")
        parser.add_argument(
            "--accept", metavar="TITLE",
            help="Record every draft as a claim of a new statement source of this title "
                 "(needs --case).",
        )  # fmt: skip
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        text = self._text(options["file"])
        if options["accept"] and not options["case"]:
            raise CommandError("--accept needs --case")
        if options["case"]:
            user = acting_user(options)
            case = case_for(user, options["case"], "change" if options["accept"] else "view")
            for_case = read_for_case(case, text, options["language"])
            reading = for_case.reading
            matched = {m.mention.span: m.place for m in for_case.places}
        else:
            reading = read_statement(text, options["language"])
            matched = {}
        if options["accept"]:
            self._accept(case, user, text, reading, options["accept"])
            return
        if options["json"]:
            data = reading.to_dict()
            for place in data["places"]:
                found = matched.get(tuple(place["span"]))
                place["place_id"] = found.pk if found is not None else None
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(summary(reading))

    def _text(self, name: str) -> str:
        try:
            raw = (sys.stdin.buffer.read(MAX_STATEMENT_BYTES + 1) if name == "-"
                   else _read(Path(name)))  # fmt: skip
        except OSError as error:
            raise CommandError(f"cannot read {name}: {error.strerror or error}") from error
        try:
            return statement_text(raw)
        except StatementTextError as error:
            shown = "standard input" if name == "-" else name
            raise CommandError(f"{shown}: {error}") from error

    def _accept(self, case: Any, user: Any, text: str, reading: Reading, title: str) -> None:
        drafts = [{**claim_fields(c), "parent": c.parent} for c in reading.claims]
        try:
            accepted = accept_statement(
                case=case, acting_user=user, text=text, drafts=drafts,
                source_fields={"title": title[:300]},
            )  # fmt: skip
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(
            f"source {accepted.source.pk}: {len(accepted.claims)} claims, "
            f"text kept as evidence item {accepted.evidence_item.pk} "
            f"(sha256 {accepted.evidence_item.sha256})"
        )


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(MAX_STATEMENT_BYTES + 1)


def _figure(claim: DraftClaim) -> str:
    if claim.qualifier == "vague":
        number = claim.qualifier_words
    elif claim.qualifier == "range":
        number = f"{claim.count_low}–{claim.count_high}"
    else:
        words = f"{claim.qualifier_words} " if claim.qualifier_words else ""
        number = f"{words}{claim.count}"
    subgroup = "" if claim.subgroup == "all" else f" ({claim.subgroup})"
    return f"{number} {claim.category}{subgroup}"


def _depth(reading: Reading, index: int) -> int:
    depth, seen = 0, {index}
    parent = reading.claims[index].parent
    while parent is not None and parent not in seen:
        seen.add(parent)
        depth, parent = depth + 1, reading.claims[parent].parent
    return depth


def summary(reading: Reading) -> str:
    lines = [f"language: {reading.language}", "claims:"]
    for index, claim in enumerate(reading.claims):
        indent = "  " * (_depth(reading, index) + 1)
        part = f"part of [{claim.parent}] " if claim.parent is not None else ""
        lines.append(f"{indent}[{index}] {part}{_figure(claim)} — “{claim.as_stated}” "
                     f"@{claim.start}–{claim.end}")  # fmt: skip
    if not reading.claims:
        lines.append("  (none)")
    lines.append("dates:")
    lines += [f"  {d.start}…{d.end} ({d.precision}) — “{d.as_stated}”" for d in reading.dates]
    lines.append("places:")
    lines += [f"  {p.name} — “{p.as_stated}” @{p.span[0]}" for p in reading.places]
    lines.append("instruments:")
    lines += [
        f"  {i.code}{f' art. {i.article}' if i.article else ''} — “{i.as_stated}”"
        for i in reading.instruments
    ]
    return "\n".join(lines) + "\n"
