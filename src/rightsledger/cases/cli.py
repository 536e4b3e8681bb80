"""Shared pieces of the command line: who is acting, and the case they may act on."""

from __future__ import annotations

import sys
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError, CommandParser
from django.http import Http404

from rightsledger.cases.models import Case


def add_actor_argument(parser: CommandParser, *aliases: str) -> None:
    parser.add_argument(
        "--as",
        *aliases,
        dest="acting_username",
        metavar="USERNAME",
        help="Act as this user (default: the only administrator).",
    )


def find_user(username: str) -> Any:
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"no user named {username!r}")
    return user


def default_owner() -> Any:
    superusers = list(get_user_model().objects.filter(is_superuser=True)[:2])
    if len(superusers) != 1:
        raise CommandError("say who is acting with --as USERNAME (or --owner)")
    return superusers[0]


def acting_user(options: dict[str, Any]) -> Any:
    username = options.get("acting_username")
    return find_user(username) if username else default_owner()


def case_for(user: Any, slug: str, permission: str) -> Case:
    """The case through the one access check; a case the user may not use is "no case"."""
    try:
        return Case.objects.get_restricted_or_404(user, permission, slug=slug)
    except Http404:
        raise CommandError(
            f"no case {slug!r} in which {user.get_username()} may {permission}"
        ) from None


class Progress:
    """A one-line counter on stderr for long operations (silent when not a terminal)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int) -> None:
        if self.enabled:
            sys.stderr.write(f"\r{self.label}: {done:,} rows")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
