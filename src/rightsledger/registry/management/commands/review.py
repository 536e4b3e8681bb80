from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.models import Person
from rightsledger.registry.models import MatchDecision, SourceRecord
from rightsledger.registry.review import decide_pair, pending_pairs, split_person

SHOWN = ("record_id", "full_name", "given_name", "surname", "patronymic", "sex", "birth_date",
         "birth_year", "age", "place_of_origin", "event_date", "event_place",
         "status_as_given", "family_id")  # fmt: skip


class Command(BaseCommand):
    help = "The linkage review queue: list uncertain pairs, decide them, split a person."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        listing = sub.add_parser("list", help="Pairs awaiting review, side by side.")
        listing.add_argument("--case", required=True, help="Case slug.")
        listing.add_argument(
            "--limit", type=int, default=20, help="At most this many pairs (default: 20)."
        )
        add_actor_argument(listing)
        decide = sub.add_parser("decide", help="Decide a pair (binding on later runs).")
        decide.add_argument("--case", required=True, help="Case slug.")
        decide.add_argument("record_a", type=int, help="Id of one source record of the pair.")
        decide.add_argument("record_b", type=int, help="Id of the other.")
        decide.add_argument("verdict", choices=MatchDecision.Verdict.values,
                            help="Whether the two records are one person.")  # fmt: skip
        decide.add_argument("--note", default="", help="Why (kept with the decision).")
        add_actor_argument(decide)
        split = sub.add_parser("split", help="Move records out of a wrongly merged person.")
        split.add_argument("--case", required=True, help="Case slug.")
        split.add_argument("--person", type=int, required=True, help="Id of the merged person.")
        split.add_argument("records", type=int, nargs="+", help="Ids of the records to move out.")
        add_actor_argument(split)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        permission = "view" if options["subcommand"] == "list" else "change"
        case = case_for(user, options["case"], permission)
        try:
            getattr(self, f"handle_{options['subcommand']}")(case, user, options)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc

    def handle_list(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        pairs = pending_pairs(case)
        self.stdout.write(f"{pairs.count()} pairs awaiting review")
        for pair in pairs[: options["limit"]]:
            a, b = pair.record_a, pair.record_b
            self.stdout.write(f"\n{a.pk} ~ {b.pk}   probability {pair.match_probability:.3f}")
            self.stdout.write(f"  {'source':16} {a.origin[:30]:32} {b.origin[:30]}")
            for name in SHOWN:
                left, right = str(getattr(a, name) or ""), str(getattr(b, name) or "")
                if left or right:
                    self.stdout.write(f"  {name:16} {left[:30]:32} {right[:30]}")
            for item in pair.evidence[:8]:
                weight = item["match_weight"]
                sign = "for" if weight > 0 else "against" if weight < 0 else "neutral"
                self.stdout.write(f"    {sign:8} {item['match_weight']:+6.2f}  {item['level']}")

    def handle_decide(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        decision = decide_pair(case=case, record_a=options["record_a"],
                               record_b=options["record_b"], verdict=options["verdict"],
                               acting_user=user, note=options["note"])  # fmt: skip
        self.stdout.write(f"decided {decision}")

    def handle_split(self, case: Any, user: Any, options: dict[str, Any]) -> None:
        person = (
            Person.objects.restrict(user, "change").filter(case=case, pk=options["person"]).first()
        )
        if person is None:
            raise CommandError(f"no person {options['person']} in {case.slug}")
        new = split_person(case=case, person=person, record_ids=options["records"],
                           acting_user=user)  # fmt: skip
        moved = SourceRecord.objects.filter(case=case, person=new).count()
        self.stdout.write(f"moved {moved} records to new person {new.pk}")
