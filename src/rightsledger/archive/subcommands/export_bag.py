"""``rightsledger export bag --case SLUG OUT_DIR``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

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
    from rightsledger.archive.jobs import KIND
    from rightsledger.jobs.inline import run_here

    user = acting_user(options)
    # Exporting the whole record is managing the case: owners only.
    case = case_for(user, options["case"], "manage")
    out_dir = options["out_dir"].resolve()
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise CommandError(f"{out_dir} exists and is not an empty directory")
    # Run here, through a job of the case: it shows on the case's jobs page like any other.
    job = run_here(case=case, kind=KIND, acting_user=user, label="export", parameters={
        "out_dir": str(out_dir), "purpose": options["purpose"],
        "recipient": options["recipient"], "require_consent": options["require_consent"],
    })  # fmt: skip
    command.stdout.write(str((job.result or {}).get("summary")))
