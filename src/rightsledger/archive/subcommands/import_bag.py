"""``rightsledger import bag BAG_DIR --as USERNAME [--trusted-key FILE]``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import find_user

HELP = (
    "Check a BagIt package from `export bag` whole (its history against its records, its "
    "paths, its signed chain head) and restore its case, losslessly."
)


def add_arguments(parser: CommandParser) -> None:
    parser.add_argument("bag_dir", type=Path, help="The bag's directory.")
    parser.add_argument(
        "--as", dest="acting_username", metavar="USERNAME", required=True,
        help="Who imports: becomes the owner of the restored case.",
    )  # fmt: skip
    parser.add_argument(
        "--trusted-key", type=Path, metavar="FILE",
        help="The signer's Ed25519 public key (PEM). Required for a bag whose chain head is "
        "signed; the signature must verify with it (the key inside the bag is not trusted).",
    )  # fmt: skip


def handle(command: BaseCommand, options: dict[str, Any]) -> None:
    from rightsledger.archive.jobs import IMPORT_KIND
    from rightsledger.jobs.inline import run_here

    owner = find_user(options["acting_username"])
    bag_dir = options["bag_dir"].resolve()
    if not bag_dir.is_dir():
        raise CommandError(f"{bag_dir} is not a directory (a bag is the directory "
                           "`export bag` wrote)")  # fmt: skip
    trusted_key = None
    if options["trusted_key"] is not None:
        try:
            trusted_key = options["trusted_key"].read_bytes().decode("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read the trusted key: {exc}") from exc
    # Run here, through a job like every long task; it has no case until it has made one,
    # then shows on that case's jobs page. A failed import is this command's error.
    job = run_here(case=None, kind=IMPORT_KIND, acting_user=owner, label="import",
                   parameters={"bag_dir": str(bag_dir), "trusted_key": trusted_key})  # fmt: skip
    command.stdout.write(str((job.result or {}).get("summary")))
