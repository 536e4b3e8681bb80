from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for


class Command(BaseCommand):
    help = (
        "Link the case's imported records into persons (across lists, scripts and spellings). "
        "Human decisions from the review queue are binding; uncertain pairs go to review."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="Case slug.")
        parser.add_argument(
            "--backend",
            choices=["duckdb", "spark"],
            help="Engine that runs the model: duckdb (in process) or spark (the 'spark' extra "
            "and Java 17). Default: RIGHTSLEDGER_LINKAGE_BACKEND, else duckdb.",
        )
        parser.add_argument(
            "--spark-master",
            metavar="URL",
            help="Where Spark runs: local, local[N], or an existing cluster's master URL "
            "(spark://host:7077, yarn, k8s://...). Default: RIGHTSLEDGER_SPARK_MASTER, else "
            "local.",
        )
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        from rightsledger.jobs.inline import run_here
        from rightsledger.registry.linking import LinkageError, linkage_config

        user = acting_user(options)
        case = case_for(user, options["case"], "change")
        try:  # a bad engine or master URL is refused before a job is made
            linkage_config(backend=options["backend"], spark_master=options["spark_master"])
        except LinkageError as exc:
            raise CommandError(str(exc)) from exc
        # Run here, through a job of the case (it shows on the case's jobs page).
        job = run_here(case=case, kind="link", acting_user=user, label="linking", parameters={
            "backend": options["backend"], "spark_master": options["spark_master"]})  # fmt: skip
        self.stdout.write(str((job.result or {}).get("summary")))
