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
    from rightsledger.archive.restore import import_bag

    owner = find_user(options["acting_username"])
    trusted_key = None
    if options["trusted_key"] is not None:
        try:
            trusted_key = options["trusted_key"].read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read the trusted key: {exc}") from exc
    case = import_bag(options["bag_dir"], acting_user=owner, trusted_key=trusted_key)
    command.stdout.write(f"imported case {case.slug}, owned by {owner.get_username()}")
