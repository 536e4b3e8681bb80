from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.analysis.estimation import EstimationInputError
from rightsledger.analysis.estimation import cli as estimation_cli
from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.vocabulary import VictimStatus
from rightsledger.registry.capture import STRATA


class Command(BaseCommand):
    help = (
        "Estimate the total, documented and undocumented, by multiple systems estimation: from "
        "a capture-history CSV table, or from a case's linked lists (--case)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        estimation_cli.add_arguments(parser)
        parser.add_argument("--case", help="Estimate from this case's linked persons.")
        parser.add_argument("--stratify", choices=STRATA, help="Estimate per stratum and combine.")
        parser.add_argument("--status", choices=VictimStatus.values,
                            help="Only persons some record gives this status (e.g. killed).")  # fmt: skip
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if not options["case"]:
                if options["stratify"] or options["status"]:
                    raise CommandError("--stratify and --status go with --case")
                estimation_cli.run(options, self.stdout)  # type: ignore[arg-type]
                return
            if options["table"]:
                raise CommandError("give either a TABLE or --case, not both")
            from rightsledger.jobs.inline import run_here
            from rightsledger.registry.models import StoredEstimate

            user = acting_user(options)
            case = case_for(user, options["case"], "analyze")
            wanted = ("method", "seed", "K", "burnin", "samples", "thinning", "chains", "delta",
                      "status", "stratify")  # fmt: skip
            # Run here, through a job of the case (it shows on the case's jobs page).
            job = run_here(case=case, kind="estimate", acting_user=user, label="estimate",
                           parameters={k: options.get(k) for k in wanted})  # fmt: skip
            stored = StoredEstimate.objects.restrict(user, "view").get(
                pk=(job.result or {})["stored_estimate"]
            )
        except EstimationInputError as exc:
            raise CommandError(str(exc)) from exc
        if options["json"]:
            self.stdout.write(json.dumps({**stored.result, "stored_estimate": stored.pk},
                                         indent=2, allow_nan=False))  # fmt: skip
        else:
            self.stdout.write(stored.summary_text)
            self.stdout.write(f"stored as estimate #{stored.pk} of {case.slug}")
