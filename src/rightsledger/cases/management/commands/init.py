from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.users import create_user
from rightsledger.legal.loading import load_on_init


class Command(BaseCommand):
    help = (
        "Create or migrate the database and create an administrator. Safe to run again: "
        "an existing administrator is left as it is."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", help="Administrator to create if missing.")
        parser.add_argument(
            "--password-file",
            type=Path,
            help="File holding the administrator's password (else you are prompted).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        Path(settings.HOME).mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Database ready: {settings.DATABASES['default']['NAME']}")
        self.stdout.write(load_on_init())
        username = options["username"]
        if not username:
            return
        if get_user_model().objects.filter(username=username).exists():
            self.stdout.write(f"Administrator {username!r} already exists; left unchanged.")
            return
        password = self._read_password(options["password_file"])
        try:
            create_user(username=username, password=password, is_superuser=True)
        except ValidationError as exc:
            raise CommandError("password refused: " + " ".join(exc.messages)) from exc
        self.stdout.write(f"Administrator {username!r} created.")

    def _read_password(self, password_file: Path | None) -> str:
        if password_file is not None:
            try:
                password = password_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise CommandError(f"cannot read password file {password_file}: {exc}") from exc
            if not password:
                raise CommandError(f"password file {password_file} is empty")
            return password
        if not sys.stdin.isatty():
            raise CommandError("no terminal to prompt on: give --password-file")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords differ")
        return first
