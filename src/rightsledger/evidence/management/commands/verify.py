from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.models import Case


class Command(BaseCommand):
    help = (
        "Re-hash every stored evidence file and walk every history and custody chain; "
        "exits non-zero on any failure, naming each failing file or entry."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", help="Only this case (slug).")
        parser.add_argument(
            "--record-custody", action="store_true",
            help="On success, add a 'verified' custody entry to each item checked.",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        from rightsledger.evidence.verify import verify

        case = None
        if options["case"]:
            case = Case.objects.filter(slug=options["case"]).first()
            if case is None:
                raise CommandError(f"no case with slug {options['case']!r}")
        report = verify(case)
        for problem in report.problems:
            self.stdout.write(f"FAIL {problem}")
        summary = (
            f"{report.files_checked} files, {report.chains_checked} chains, "
            f"{report.entries_checked} history entries, {report.custody_checked} custody entries"
        )
        if not report.ok:
            raise CommandError(
                f"verification failed: {len(report.problems)} problem(s) in {summary}"
            )
        if options["record_custody"]:
            self._record(case)
        self.stdout.write(f"OK: {summary} verified")

    def _record(self, case: Case | None) -> None:
        from rightsledger.evidence.actions import record_custody
        from rightsledger.evidence.models import CustodyAction, EvidenceItem

        items = EvidenceItem.objects.select_related("case").order_by("pk")
        for item in items.filter(case=case) if case is not None else items:
            record_custody(item, CustodyAction.VERIFIED, acting_user=None, purpose="verify")
