"""``rightsledger export bag --case SLUG OUT_DIR``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for

HELP = "Write a case as a BagIt (RFC 8493) package with SHA-256 and SHA-512 manifests."


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("--case", required=True, help="Case slug.")
    parser.add_argument("out_dir", type=Path, help="Directory to create (must not exist).")
    parser.add_argument(
        "--purpose", choices=["internal", "sharing", "publication"], default="internal",
        help="internal: everything (importable); sharing/publication: redacted for consent, "
        "protection and classification.",
    )  # fmt: skip
    parser.add_argument("--recipient", default="", help="The named body, for sharing.")
    parser.add_argument(
        "--require-consent", action="store_true",
        help="Redact every person without a granted consent for the purpose.",
    )  # fmt: skip
    add_actor_argument(parser)


def handle(command: BaseCommand, options: dict[str, Any]) -> None:
    from rightsledger.archive.bag import export_bag

    user = acting_user(options)
    # Exporting the whole record is managing the case: owners only.
    case = case_for(user, options["case"], "manage")
    result = export_bag(
        case, options["out_dir"], acting_user=user, purpose=options["purpose"],
        recipient=options["recipient"], require_consent=options["require_consent"],
        progress=lambda message: print(message, file=sys.stderr),
    )  # fmt: skip
    command.stdout.write(
        f"wrote {result.path}: {result.files} files, {result.rows} records, "
        f"{result.history_entries} history entries"
    )
