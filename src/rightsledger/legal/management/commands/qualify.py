from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.legal import actions
from rightsledger.legal.loading import CatalogueError
from rightsledger.legal.models import (
    LINK_TARGETS,
    Crime,
    ElementLink,
    Provision,
    Qualification,
    QualificationStatus,
    Stance,
)
from rightsledger.legal.queries import case_matrices, suggestions_for

ANALYZE = "analyze"


class Command(BaseCommand):
    help = (
        "Propose legal qualifications of a case, an event or an act, link claims, records "
        "and evidence items to their elements, and change their status. A qualification is "
        "a proposition by a named user (or attributed to a source), never a finding."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        listing = sub.add_parser("list", help="The case's qualifications and their gaps.")
        suggest = sub.add_parser("suggest", help="Crimes and provisions an act's type may engage.")
        suggest.add_argument("--act", type=int, required=True, help="Id of the act.")
        propose = sub.add_parser("propose", help="Propose a qualification; prints its id.")
        what = propose.add_mutually_exclusive_group(required=True)
        what.add_argument("--crime", metavar="CODE", help="e.g. 7(1)(a)")
        what.add_argument("--provision", metavar="CODE", help='e.g. "ICCPR 6"')
        propose.add_argument("--event", type=int, help="Qualify this event (id).")
        propose.add_argument("--act", type=int, help="Qualify this act (id); neither: the case.")
        propose.add_argument("--source", type=int,
                             help="Attribute it to this source (the statement asserting it).")  # fmt: skip
        propose.add_argument("--locator", default="", help="Page or paragraph in the source.")
        propose.add_argument("--status", choices=QualificationStatus.values, default="alleged",
                             help="How far it is established (default: alleged).")  # fmt: skip
        propose.add_argument("--note", default="", help="A note kept with it.")
        status = sub.add_parser("status", help="Change a qualification's status.")
        status.add_argument("qualification", type=int, help="Id of the qualification.")
        status.add_argument("status", choices=QualificationStatus.values, help="Its new status.")
        status.add_argument("--note", help="Replace its note.")
        link = sub.add_parser("link", help="Link a record to an element of a qualification.")
        link.add_argument("qualification", type=int, help="Id of the qualification.")
        link.add_argument("--element", required=True,
                          help="The element's number (30: the general mental element).")  # fmt: skip
        targets = link.add_mutually_exclusive_group(required=True)
        for kind in LINK_TARGETS:
            flag = "status-record" if kind == "status" else kind
            targets.add_argument(f"--{flag}", dest=kind, type=int, metavar="ID",
                                 help=f"Id of the {flag.replace('-', ' ')} to link.")  # fmt: skip
        link.add_argument("--contradicts", action="store_true",
                          help="It contradicts the element (default: supports).")  # fmt: skip
        link.add_argument("--note", default="", help="A note kept with the link.")
        unlink = sub.add_parser("unlink", help="Remove a link.")
        unlink.add_argument("link", type=int, help="Id of the link.")
        withdraw = sub.add_parser("withdraw", help="Delete a qualification and its own links.")
        withdraw.add_argument("qualification", type=int, help="Id of the qualification.")
        for parser_ in (listing, suggest, propose, status, link, unlink, withdraw):
            parser_.add_argument("--case", required=True, help="Case slug.")
            add_actor_argument(parser_)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        reading = options["subcommand"] in {"list", "suggest"}
        case = case_for(user, options["case"], "view" if reading else ANALYZE)
        try:
            getattr(self, f"handle_{options['subcommand']}")(case, user, options)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        except (PermissionDenied, CatalogueError) as exc:
            raise CommandError(str(exc)) from exc

    def _record(self, model: Any, case: Any, user: Any, pk: int | None, what: str) -> Any:
        if pk is None:
            return None
        found = model.objects.restrict(user, "view").filter(case=case, pk=pk).first()
        if found is None:
            raise CommandError(f"no {what} {pk} in {case.slug}")
        return found

    def _qualification(self, case: Any, user: Any, pk: int) -> Qualification:
        found = Qualification.objects.restrict(user, ANALYZE).filter(case=case, pk=pk).first()
        if found is None:
            raise CommandError(f"no qualification {pk} in {case.slug}")
        return found

    def handle_list(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        matrices = case_matrices(case, user, language="en")
        if not matrices:
            self.stdout.write("No qualification has been proposed in this case.")
        for m in matrices:
            self.stdout.write(
                f"{m.qualification.pk}\t{m.qualification.status}\t{m.crime_code or m.provision_code}"
                f"\t{m.title}\t{m.subject}\t{m.proposer}\t{m.rows_with_gaps} of {len(m.rows)} "
                "elements with gaps"
            )

    def handle_suggest(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        from rightsledger.records.models import Act

        act = self._record(Act, case, user, options["act"], "act")
        for item in suggestions_for(act.act_type, case, user, language="en"):
            origin = " (this case)" if item.case_own else ""
            self.stdout.write(f"{item.kind}\t{item.code}\t{item.title}{origin}")

    def handle_propose(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        from rightsledger.records.models import Act, Event, Source

        crime = provision = None
        if options["crime"]:
            crime = Crime.objects.filter(code=options["crime"]).first()
            if crime is None:
                raise CommandError(f"no crime {options['crime']!r} in the catalogue")
        else:
            provision = Provision.objects.filter(code=options["provision"]).first()
            if provision is None:
                raise CommandError(f"no provision {options['provision']!r} in the catalogue")
        qualification = actions.propose_qualification(
            case=case, acting_user=user, crime=crime, provision=provision,
            event=self._record(Event, case, user, options["event"], "event"),
            act=self._record(Act, case, user, options["act"], "act"),
            source=self._record(Source, case, user, options["source"], "source"),
            locator=options["locator"], status=options["status"], note=options["note"],
        )  # fmt: skip
        self.stdout.write(str(qualification.pk))

    def handle_status(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        qualification = self._qualification(case, user, options["qualification"])
        changes = {"status": options["status"]}
        if options["note"] is not None:
            changes["note"] = options["note"]
        actions.change_qualification(qualification, acting_user=user, **changes)
        self.stdout.write(f"qualification {qualification.pk}: {qualification.status}")

    def handle_link(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        from django.contrib.contenttypes.models import ContentType

        qualification = self._qualification(case, user, options["qualification"])
        kind = next(k for k in LINK_TARGETS if options.get(k) is not None)
        app_label, model = LINK_TARGETS[kind].split(".")
        target_model = ContentType.objects.get_by_natural_key(app_label, model).model_class()
        target = self._record(target_model, case, user, options[kind], kind)
        element = None
        if qualification.crime_id:
            number = 0 if options["element"] == "30" else _number(options["element"])
            element = qualification.crime.elements.filter(number=number).first()  # type: ignore[union-attr]
            if element is None:
                raise CommandError(f"{qualification.crime} has no element {options['element']}")
        link = actions.link_to_element(
            qualification=qualification, element=element, target=target, acting_user=user,
            stance=Stance.CONTRADICTS if options["contradicts"] else Stance.SUPPORTS,
            note=options["note"],
        )  # fmt: skip
        shared = f" (shared in the case: {link.context_key})" if link.context_key else ""
        self.stdout.write(f"link {link.pk}{shared}")

    def handle_unlink(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        link = (
            ElementLink.objects.restrict(user, ANALYZE)
            .filter(case=case, pk=options["link"])
            .first()
        )
        if link is None:
            raise CommandError(f"no link {options['link']} in {case.slug}")
        actions.unlink(link, acting_user=user)
        self.stdout.write(f"removed link {options['link']}")

    def handle_withdraw(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        qualification = self._qualification(case, user, options["qualification"])
        actions.withdraw_qualification(qualification, acting_user=user)
        self.stdout.write(f"withdrew qualification {options['qualification']}")


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CommandError(f"--element takes an element number, not {text!r}") from None
