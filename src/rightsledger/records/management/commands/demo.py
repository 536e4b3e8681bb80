from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import default_owner, find_user
from rightsledger.records.demo import load_demo


class Command(BaseCommand):
    help = "Load the fictional demo case (does nothing if it is already loaded)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--owner", help="Username owning the demo case.")

    def handle(self, *args: Any, **options: Any) -> None:
        owner = find_user(options["owner"]) if options["owner"] else default_owner()
        case = load_demo(owner)
        self.stdout.write(f"Demo case ready: {case.slug}")
