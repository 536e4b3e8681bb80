from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.missing import actions, queries
from rightsledger.missing.candidates import candidates
from rightsledger.missing.importing import import_missing_list, import_remains
from rightsledger.missing.models import Identification, RemainsCase
from rightsledger.records import models as rm
from rightsledger.registry.importing import ImportRefused, ListFileError

CHANGE = "change"


class Command(BaseCommand):
    help = (
        "The missing: figures (reported missing, still missing, remains recovered, "
        "identified, handed over), burial sites, the AM/PM candidates of a remains case, and "
        "identifications (propose, confirm — a case owner —, notify, hand over, withdraw)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        figures = sub.add_parser("figures", help="The figures of the case or of an event.")
        figures.add_argument("--event", type=int, help="Only this event and the events in it.")
        figures.add_argument("--json", action="store_true", help="Print the figures as JSON.")
        sites = sub.add_parser("sites", help="Burial sites, their status and remains.")
        ranked = sub.add_parser("candidates", help="Still-missing persons ranked for remains.")
        ranked.add_argument(
            "--remains", required=True, metavar="TAG", help="The remains case's tag."
        )
        ranked.add_argument(
            "--top", type=int, default=10, help="How many candidates (default: 10)."
        )
        ranked.add_argument("--json", action="store_true", help="Print the candidates as JSON.")
        identify = sub.add_parser("identify", help="Propose that remains are a person; prints "
                                                   "the identification's id.")  # fmt: skip
        identify.add_argument(
            "--remains", required=True, metavar="TAG", help="The remains case's tag."
        )
        identify.add_argument("--person", required=True, type=int, help="Id of the missing person.")
        identify.add_argument("--note", default="", help="On what the proposal rests.")
        step = sub.add_parser("step", help="The next step of an identification.")
        step.add_argument("identification", type=int, help="Id of the identification.")
        step.add_argument("step", choices=["confirm", "notify", "hand-over", "withdraw"],
                          help="The step taken.")  # fmt: skip
        step.add_argument("--on", help="Date (YYYY-MM-DD); confirm: today if not given.")
        step.add_argument("--who", default="", help="Notified by, or handed over to.")
        step.add_argument("--reason", default="", help="Why it is withdrawn.")
        listing = sub.add_parser("import-list", help="Import a list of the missing (registry "
                                 "import) and open each listed person's file.")  # fmt: skip
        listing.add_argument("file", type=Path, help="The tracing list: CSV, XLSX or ODS.")
        listing.add_argument("--source", required=True, help="The list's source (a title).")
        listing.add_argument("--mapping", type=Path, help="YAML: columns, status_values, missing")
        listing.add_argument("--event", type=int, help="Id of the event the list documents.")
        listing.add_argument("--reliability", default="F", choices=list("ABCDEF"),
                             help="Reliability of a source made for the list (default: F).")  # fmt: skip
        exhumed = sub.add_parser("import-remains", help="Import exhumation records as remains.")
        exhumed.add_argument("file", type=Path, help="The exhumation records: CSV, XLSX or ODS.")
        exhumed.add_argument("--mapping", type=Path, help="YAML with a 'remains' section")
        for parser_ in (figures, sites, ranked, identify, step, listing, exhumed):
            parser_.add_argument("--case", required=True, help="Case slug.")
            add_actor_argument(parser_)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        reading = options["subcommand"] in {"figures", "sites"}
        case = case_for(user, options["case"], "view" if reading else CHANGE)
        try:
            getattr(self, f"handle_{options['subcommand'].replace('-', '_')}")(case, user, options)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        except (ListFileError, ImportRefused) as exc:
            raise CommandError(str(exc)) from exc

    def handle_import_list(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        event = None
        if options["event"] is not None:
            event = rm.Event.objects.restrict(user, CHANGE).filter(case=case,
                                                                   pk=options["event"]).first()  # fmt: skip
            if event is None:
                raise CommandError(f"no event {options['event']} in this case")
        done = import_missing_list(case=case, path=options["file"], source=options["source"],
                                   acting_user=user, mapping=options["mapping"], event=event,
                                   reliability=options["reliability"])  # fmt: skip
        rows = done.report.imported if done.report else 0
        self.stdout.write(f"{rows} rows imported; {done.files} missing persons' files opened")
        for line in done.skipped[:20]:
            self.stdout.write(f"  {line}")

    def handle_import_remains(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        done = import_remains(case=case, path=options["file"], acting_user=user,
                              mapping=options["mapping"])  # fmt: skip
        self.stdout.write(f"{done.remains} remains cases imported")

    def handle_figures(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        event = None
        if options["event"] is not None:
            event = rm.Event.objects.restrict(user, "view").filter(case=case,
                                                                   pk=options["event"]).first()  # fmt: skip
            if event is None:
                raise CommandError(f"no event {options['event']} in this case")
        if options["json"]:
            self.stdout.write(json.dumps(queries.figures_as_dict(case, event), indent=1))
            return
        self.stdout.write(f"{case.name}{' — ' + event.title if event else ''}")
        for row in queries.figures(case, event):
            self.stdout.write(f"  {row.label!s:32} {row.count:>8,}")

    def handle_sites(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        for site, status, remains in queries.sites_with_status(case, user):
            where = site.point()
            self.stdout.write(
                f"{site.pk:>5}  {site.name}  [{site.kind}]  "
                f"{status.status + ' ' + status.date.isoformat() if status else '-'}  "
                f"{remains} remains  {'{:.5f}, {:.5f}'.format(*where) if where else 'no location'}"
            )

    def _remains(self, case: Any, user: Any, tag: str) -> RemainsCase:
        remains = RemainsCase.objects.restrict(user, CHANGE).filter(case=case, tag=tag).first()
        if remains is None:
            raise CommandError(f"no remains case tagged {tag!r} in this case")
        return remains

    def handle_candidates(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        remains = self._remains(case, user, options["remains"])
        found = candidates(remains, user, limit=max(1, options["top"]))
        if options["json"]:
            self.stdout.write(json.dumps([
                {"rank": c.rank, "person": c.person.pk, "name": str(c.person),
                 "score": None if c.excluded else round(c.score, 2),
                 "reasons": [{"text": t, "points": round(p, 2)} for t, p in c.reasons]}
                for c in found], ensure_ascii=False, indent=1))  # fmt: skip
            return
        for c in found:
            score = "excluded" if c.excluded else f"{c.score:+.1f}"
            self.stdout.write(f"{c.rank:>3}. {c.person} (person {c.person.pk})  {score}")
            for text, points in c.reasons:
                self.stdout.write(f"       {points:+.1f}  {text}")

    def handle_identify(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        remains = self._remains(case, user, options["remains"])
        person = rm.Person.objects.restrict(user, CHANGE).filter(case=case,
                                                                 pk=options["person"]).first()  # fmt: skip
        if person is None:
            raise CommandError(f"no person {options['person']} in this case")
        found = actions.propose_identification(remains=remains, person=person, acting_user=user,
                                               notes=options["note"])  # fmt: skip
        self.stdout.write(str(found.pk))

    def handle_step(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        import datetime as dt

        found = Identification.objects.restrict(user, CHANGE).filter(
            case=case, pk=options["identification"]).first()  # fmt: skip
        if found is None:
            raise CommandError(f"no identification {options['identification']} in this case")
        try:
            on = dt.date.fromisoformat(options["on"]) if options["on"] else None
        except ValueError:
            raise CommandError(f"--on: not a date (YYYY-MM-DD): {options['on']!r}") from None
        step = options["step"]
        if step != "confirm" and step != "withdraw" and on is None:
            raise CommandError(f"{step} needs --on DATE")
        if step == "confirm":
            found = actions.confirm_identification(found, acting_user=user, on=on)
        elif step == "notify":
            found = actions.notify_family(found, acting_user=user, on=on,  # type: ignore[arg-type]
                                          notified_by=options["who"])  # fmt: skip
        elif step == "hand-over":
            found = actions.hand_over(found, acting_user=user, on=on, to=options["who"])  # type: ignore[arg-type]
        else:
            found = actions.withdraw_identification(found, acting_user=user,
                                                    reason=options["reason"])  # fmt: skip
        self.stdout.write(f"identification {found.pk}: {found.status}")
