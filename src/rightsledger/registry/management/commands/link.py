from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.registry.linking import LinkageError, run_linkage


class Command(BaseCommand):
    help = (
        "Link the case's imported records into persons (across lists, scripts and spellings). "
        "Human decisions from the review queue are binding; uncertain pairs go to review."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="Case slug.")
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], "change")
        try:
            outcome = run_linkage(case=case, acting_user=user)
        except LinkageError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(outcome.summary())
