"""``rightsledger import bag BAG_DIR --owner USER``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument

HELP = "Validate a BagIt package from `export bag` and restore its case, losslessly."


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("bag_dir", type=Path)
    add_actor_argument(parser)  # who imports, and owns the restored case


def handle(command: BaseCommand, options: dict[str, Any]) -> None:
    from rightsledger.archive.restore import import_bag

    owner = acting_user(options)
    case = import_bag(options["bag_dir"], acting_user=owner)
    command.stdout.write(f"imported case {case.slug}")
