"""Subcommands of ``rightsledger export`` and ``rightsledger import``, one module each.

A module provides ``HELP`` (one line), ``add_arguments(parser)`` and
``handle(command, options)``; add it to the table below (or, from another app's
``AppConfig.ready()``, ``EXPORT_SUBCOMMANDS["persons"] = "rightsledger.registry.…"``) to make
it a subcommand.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

EXPORT_SUBCOMMANDS: dict[str, str] = {
    "bag": "rightsledger.archive.subcommands.export_bag",
    "persons": "rightsledger.registry.export_persons",
}
IMPORT_SUBCOMMANDS: dict[str, str] = {
    "bag": "rightsledger.archive.subcommands.import_bag",
}


class SubcommandCommand(BaseCommand):
    """A command whose subcommands live in small modules (see the tables above)."""

    subcommands: dict[str, str] = {}

    def _modules(self) -> dict[str, ModuleType]:
        return {name: importlib.import_module(path) for name, path in self.subcommands.items()}

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        for name, module in sorted(self._modules().items()):
            module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))

    def handle(self, *args: Any, **options: Any) -> None:
        from django.core.exceptions import ImproperlyConfigured, ValidationError

        from rightsledger.archive.bag import ArchiveError

        module = self._modules()[options["subcommand"]]
        try:
            module.handle(self, options)
        except (ArchiveError, ValueError, ImproperlyConfigured) as exc:
            raise CommandError(str(exc)) from exc
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
