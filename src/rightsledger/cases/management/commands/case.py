from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.actions import create_case, set_membership
from rightsledger.cases.cli import default_owner, find_user
from rightsledger.cases.models import Case
from rightsledger.cases.roles import Role


class Command(BaseCommand):
    help = "Create and list cases, and set members' roles."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser("create", help="Create a case; prints its slug.")
        create.add_argument("name")
        create.add_argument("--description", default="")
        create.add_argument(
            "--owner", help="Username of the owner (default: the only superuser, if one)."
        )
        sub.add_parser("list", help="List all cases (slug and name).")
        member = sub.add_parser("member", help="Give a user a role in a case.")
        member.add_argument("slug")
        member.add_argument("username")
        member.add_argument("role", choices=Role.values)
        member.add_argument("--by", help="Username acting (default: a case owner).")

    def handle(self, *args: Any, **options: Any) -> None:
        handler = getattr(self, f"handle_{options['subcommand']}")
        try:
            handler(options)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc

    def handle_create(self, options: dict[str, Any]) -> None:
        owner = find_user(options["owner"]) if options["owner"] else default_owner()
        case = create_case(name=options["name"], description=options["description"], owner=owner)
        self.stdout.write(case.slug)

    def handle_list(self, options: dict[str, Any]) -> None:
        for case in Case.objects.order_by("slug"):
            self.stdout.write(f"{case.slug}\t{case.name}")

    def handle_member(self, options: dict[str, Any]) -> None:
        case = Case.objects.filter(slug=options["slug"]).first()
        if case is None:
            raise CommandError(f"no case with slug {options['slug']!r}")
        user = find_user(options["username"])
        acting = (
            find_user(options["by"])
            if options["by"]
            else case.memberships.filter(role=Role.OWNER).first().user  # type: ignore[union-attr]
        )
        set_membership(case=case, user=user, role=options["role"], acting_user=acting)
        self.stdout.write(f"{user.get_username()} is now {options['role']} of {case.slug}")
