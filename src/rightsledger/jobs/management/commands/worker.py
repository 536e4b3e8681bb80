from __future__ import annotations

import logging
from typing import Any

from django.core.checks import Tags
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Run the queued background jobs (imports, linkage, estimation, recounts): one process "
        "per job at a time, restarted if it ends; jobs of workers that died are taken back."
    )

    # The models' checks only: a worker serves no page, so it need not load every view.
    requires_system_checks = [Tags.models]

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--concurrency", type=int, default=1, metavar="N",
            help="Jobs run at the same time, each in its own process (default: 1).",
        )  # fmt: skip
        parser.add_argument(
            "--interval", type=float, default=1.0, metavar="SECONDS",
            help="How often an idle job process looks for a queued job (default: 1).",
        )  # fmt: skip
        parser.add_argument(
            "--stop-with", type=int, metavar="PID",
            help="Stop when the process PID is no longer this worker's parent (used by serve).",
        )  # fmt: skip
        parser.add_argument(
            "--job-process", action="store_true",
            help="Be one job process of a supervising worker (started by the worker itself).",
        )  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        from rightsledger.jobs.worker import Supervisor, run_job_process

        if options["verbosity"] > 0:
            logging.getLogger("rightsledger.jobs").setLevel(logging.INFO)
        if not 0 < options["interval"] <= 60:
            raise CommandError("--interval must be more than 0 and at most 60 seconds")
        if options["job_process"]:
            run_job_process(options["interval"])
            return
        if not 1 <= options["concurrency"] <= 64:
            raise CommandError("--concurrency must be between 1 and 64")
        Supervisor(concurrency=options["concurrency"], interval=options["interval"],
                   stop_with=options["stop_with"], out=self.stdout).run()  # fmt: skip
