from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import default_owner, find_user


class Command(BaseCommand):
    help = (
        "Load the fictional demo case: documented events and persons, and a registry of "
        "simulated victim lists, imported and linked. Does nothing if already loaded."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--owner", help="Username owning the demo case.")

    def handle(self, *args: Any, **options: Any) -> None:
        # Imported here: the demo links its lists (the analysis stack), --help does not.
        from rightsledger.legal.demo import load_demo_qualifications
        from rightsledger.missing.demo import load_demo_missing
        from rightsledger.records.demo import load_demo
        from rightsledger.registry.demo import load_demo_registry

        owner = find_user(options["owner"]) if options["owner"] else default_owner()
        case = load_demo(owner)
        if load_demo_registry(case, owner):
            self.stdout.write("Demo registry: simulated lists imported and linked.")
        load_demo_qualifications(case, owner)
        load_demo_missing(case, owner)
        self.stdout.write(f"Demo case ready: {case.slug}")
