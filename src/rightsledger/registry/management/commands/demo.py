from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import default_owner, find_user
from rightsledger.records.demo import load_demo
from rightsledger.registry.demo import load_demo_registry


class Command(BaseCommand):
    help = (
        "Load the fictional demo case: documented events and persons, and a registry of "
        "simulated victim lists, imported and linked. Does nothing if already loaded."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--owner", help="Username owning the demo case.")

    def handle(self, *args: Any, **options: Any) -> None:
        owner = find_user(options["owner"]) if options["owner"] else default_owner()
        case = load_demo(owner)
        if load_demo_registry(case, owner):
            self.stdout.write("Demo registry: simulated lists imported and linked.")
        self.stdout.write(f"Demo case ready: {case.slug}")
