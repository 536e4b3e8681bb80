from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.registry.masking import hidden_persons, mask_records
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import FIGURES, registry_figures


class Command(BaseCommand):
    help = (
        "The registry's figures (killed, of whom women, children, elderly; injured; captured; "
        "released; still missing; found dead; families with no survivor), from linked persons, "
        "by source, with the uncertainty left by pairs awaiting review and the figures claimed "
        "by sources beside them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True)
        parser.add_argument("--event-place", help="Only records whose event place is this.")
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--drill", choices=FIGURES, help="List the persons behind a figure.")
        parser.add_argument("--child-below", type=int, default=18)
        parser.add_argument("--elderly-from", type=int, default=60)
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], "view")
        if not 0 < options["child_below"] <= options["elderly_from"] < 130:
            raise CommandError("need 0 < --child-below <= --elderly-from < 130")
        result = registry_figures(case, event_place=options["event_place"],
                                  child_below=options["child_below"],
                                  elderly_from=options["elderly_from"])  # fmt: skip
        if options["drill"]:
            self._drill(case, user, result.members[options["drill"]], options["json"])
        elif options["json"]:
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(result.summary())

    def _drill(self, case: Any, user: Any, person_ids: list[int], as_json: bool) -> None:
        # ``case`` came through the access check; these are its records.
        rows = SourceRecord.objects.filter(case=case, person_id__in=person_ids)
        listing = [
            {"person_id": r.person_id, "source": r.source.title, "record_id": r.record_id,
             "name": r.display_name, "status": r.status_as_given}
            for r in mask_records(rows.select_related("source").order_by("person_id", "pk"),
                                  hidden_persons(case, user))
        ]  # fmt: skip
        if as_json:
            self.stdout.write(json.dumps(listing, ensure_ascii=False, indent=2))
            return
        for row in listing:
            self.stdout.write(
                f"{row['person_id']}\t{row['source']}\t{row['record_id']}\t{row['name']}\t{row['status']}"
            )
