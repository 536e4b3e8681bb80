from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.figures import figure_persons
from rightsledger.records.models import Event
from rightsledger.records.queries import persons_of_event
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import FIGURES, case_figures


class Command(BaseCommand):
    help = (
        "The case's figures (killed, of whom women, men, children, elderly; injured; captured; "
        "released; still missing; found dead; identified; displaced; families with no "
        "survivor): documented by name, by source, with conflicts and the persons resting on "
        "pairs awaiting review, beside the figures sources claimed and the latest estimate."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="The case's slug.")
        parser.add_argument("--event", type=int, help="Only this event and the events in it.")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument("--drill", choices=FIGURES, help="List the persons behind a figure.")
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], "view")
        event = None
        if options["event"] is not None:
            event = (
                Event.objects.restrict(user, "view").filter(case=case, pk=options["event"]).first()
            )
            if event is None:
                raise CommandError(f"no event {options['event']} in this case")
        if options["drill"]:
            persons = persons_of_event(event) if event else None
            members = figure_persons(case, options["drill"], persons=persons)
            self._drill(case, user, members.restrict(user, "view"), options["json"])
            return
        result = case_figures(case, event=event)
        if options["json"]:
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(result.summary())

    def _drill(self, case: Any, user: Any, persons: Any, as_json: bool) -> None:
        # ``case`` came through the access check; these are its records.
        rows = SourceRecord.objects.restrict(user, "view").filter(
            case=case, person__in=persons, documented=False
        )
        listing = [
            {"person_id": r.person_id, "source": r.origin, "record_id": r.record_id,
             "name": r.display_name, "status": r.status_as_given}
            for r in rows.select_related("source").order_by("person_id", "pk")
        ]  # fmt: skip
        listed = {row["person_id"] for row in listing}
        for person in persons.order_by("pk"):
            if person.pk not in listed:
                listing.append({"person_id": person.pk, "source": "entered by documenters",
                                "record_id": "", "name": str(person), "status": ""})  # fmt: skip
        if as_json:
            self.stdout.write(json.dumps(listing, ensure_ascii=False, indent=2))
            return
        for row in listing:
            self.stdout.write(
                f"{row['person_id']}\t{row['source']}\t{row['record_id']}\t{row['name']}\t{row['status']}"
            )
