from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.models import Case


class Command(BaseCommand):
    help = (
        "Re-hash every stored evidence file, walk every history and custody chain, and check "
        "every recorded row against its last history entry; exits non-zero on any failure, "
        "naming each failing file, entry or row."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", help="Only this case (slug).")
        parser.add_argument(
            "--since", type=int, metavar="SEQUENCE",
            help="With --case: only the links from SEQUENCE on (trusting the one before, as "
            "a full run checked it) and the rows, custody entries and files they touched. "
            "A full run prints the SEQUENCE to give next time.",
        )  # fmt: skip
        parser.add_argument(
            "--record-custody", action="store_true",
            help="On success, add a 'verified' custody entry to each item checked.",
        )  # fmt: skip
        rolling = parser.add_argument_group(
            "rolling verification",
            "The job worker re-hashes a slice of the stored files every "
            "RIGHTSLEDGER_VERIFY_EVERY_MINUTES; these run one slice by hand or report.",
        )
        rolling.add_argument(
            "--slice", action="store_true",
            help="Re-hash the least recently verified files of one case (--case, else the "
            "case due next) within the slice's budget, as a job of that case (it shows on "
            "the case's jobs page), run here; exits non-zero naming any file that fails.",
        )  # fmt: skip
        rolling.add_argument("--max-bytes", type=int, metavar="BYTES",
                             help="With --slice: stop after this many bytes (default: "
                                  "RIGHTSLEDGER_VERIFY_SLICE_BYTES).")  # fmt: skip
        rolling.add_argument("--max-seconds", type=float, metavar="SECONDS",
                             help="With --slice: stop handing out files after this long "
                                  "(default: RIGHTSLEDGER_VERIFY_SLICE_SECONDS).")  # fmt: skip
        rolling.add_argument("--threads", type=int, metavar="N",
                             help="With --slice: files re-hashed at once (default: "
                                  "RIGHTSLEDGER_VERIFY_THREADS, else one per core).")  # fmt: skip
        rolling.add_argument(
            "--rolling", action="store_true",
            help="Report how far the rolling verification is: the least recently verified "
            "file, and what was not verified within RIGHTSLEDGER_VERIFY_CYCLE_DAYS.",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        from rightsledger.evidence.verify import verify

        case = None
        if options["case"]:
            case = Case.objects.filter(slug=options["case"]).first()
            if case is None:
                raise CommandError(f"no case with slug {options['case']!r}")
        if options["slice"] or options["rolling"]:
            self._rolling(case, options)
            return
        since = options["since"]
        if since is not None and case is None:
            raise CommandError("--since needs --case (sequences are counted per case)")
        if since is not None and since < 1:
            raise CommandError("--since is a sequence of the case's history: 1 or more")
        report = verify(case, since=since)
        for problem in report.problems:
            self.stdout.write(f"FAIL {problem}")
        self._report_orphans()
        summary = (
            f"{report.files_checked} files, {report.chains_checked} chains, "
            f"{report.entries_checked} history entries, {report.rows_checked} records, "
            f"{report.custody_checked} custody entries"
        )
        if not report.ok:
            raise CommandError(
                f"verification failed: {len(report.problems)} problem(s) in {summary}"
            )
        if options["record_custody"]:
            self._record(case)
        self.stdout.write(f"OK: {summary} verified")
        if case is not None:
            head = report.heads.get(f"case:{case.pk}", (since or 1) - 1)
            self.stdout.write(f"next time: verify --case {case.slug} --since {head + 1}")

    def _rolling(self, case: Case | None, options: dict[str, Any]) -> None:
        from rightsledger.evidence import rolling
        from rightsledger.jobs.models import Job
        from rightsledger.jobs.runner import submit

        for name in ("max_bytes", "max_seconds", "threads"):
            if options[name] is not None and options[name] <= 0:
                raise CommandError(f"--{name.replace('_', '-')} must be more than 0")
        if options["slice"]:
            case = case or rolling.case_due()
            if case is None:
                raise CommandError("no case holds evidence: nothing to verify")
            parameters = {k: options[k] for k in ("max_bytes", "max_seconds", "threads")
                          if options[k] is not None}  # fmt: skip
            job = submit(case=case, kind=rolling.KIND, parameters=parameters, acting_user=None,
                         run_inline=True)  # fmt: skip
            if job.status != Job.Status.DONE:
                for line in job.message.split("; "):
                    self.stdout.write(f"FAIL {line}" if line.startswith("file ") else line)
                raise CommandError(f"job {job.pk}: the slice of case {case.slug} failed")
            self.stdout.write(f"OK (job {job.pk}): {(job.result or {}).get('summary')}")
        self.stdout.write(rolling.coverage().summary())

    def _report_orphans(self) -> None:
        # Not a failure of the record: uploads that never became one (see staging.py).
        from rightsledger.staging import find_orphans

        for orphan in find_orphans():
            self.stdout.write(f"ORPHAN staged upload never recorded: {orphan}")

    def _record(self, case: Case | None) -> None:
        from rightsledger.evidence.actions import record_custody
        from rightsledger.evidence.models import CustodyAction, EvidenceItem

        items = EvidenceItem.objects.select_related("case").order_by("pk")
        for item in items.filter(case=case) if case is not None else items:
            record_custody(item, CustodyAction.VERIFIED, acting_user=None, purpose="verify")
