from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.protection.actions import scan_free_text
from rightsledger.protection.disclosure import REVEAL_PERMISSION
from rightsledger.protection.scan import ScanReport


class Command(BaseCommand):
    help = "Protected persons: find where free text shows their names to analysts and viewers."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        scan = sub.add_parser(
            "scan",
            help="List every field of the case's records and history that shows a protected "
            "person's name (in any script or order) to readers who may not re-identify; "
            "names masked. For owners and editors; recorded as a re-identification.",
        )
        scan.add_argument("--case", required=True, help="Case slug.")
        scan.add_argument(
            "--words", action="store_true",
            help="Also list single words of a name standing alone (many are other people).",
        )  # fmt: skip
        scan.add_argument("--json", action="store_true", help="Print the findings as JSON.")
        add_actor_argument(scan)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], REVEAL_PERMISSION)
        report = scan_free_text(case, acting_user=user, words=options["words"])
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.write_text(report)

    def write_text(self, report: ScanReport) -> None:
        out = self.stdout
        out.write(
            f"{len(report.hits)} place(s) show a protected name; {report.persons} protected "
            f"person(s) looked for in {report.texts} text(s) of case {report.case.slug}."
        )
        for hit in report.hits:
            match = "name" if hit.whole else "word of a name"
            times = f", {hit.occurrences} times" if hit.occurrences > 1 else ""
            out.write(
                f"{hit.object_type} {hit.object_id} {hit.field}\t{hit.pseudonym} "
                f"({match}{times})\t{hit.excerpt}\t{hit.url}"
            )
