from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.actions import create_case, set_membership
from rightsledger.cases.cli import (
    acting_user,
    add_actor_argument,
    case_for,
    default_owner,
    find_user,
)
from rightsledger.cases.models import Case
from rightsledger.cases.roles import Role


class Command(BaseCommand):
    help = "Create and list cases, and set members' roles."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser("create", help="Create a case; prints its slug.")
        create.add_argument("name", help="The case's name (its slug is made from it).")
        create.add_argument("--description", default="", help="What the case is about.")
        create.add_argument(
            "--owner", help="Username of the owner (default: the only superuser, if one)."
        )
        sub.add_parser("list", help="List all cases (slug and name).")
        member = sub.add_parser("member", help="Give a user a role in a case.")
        member.add_argument("slug", help="The case's slug.")
        member.add_argument("username", help="The user to give the role to.")
        member.add_argument(
            "role", choices=Role.values, help="The role: owner, editor, analyst or viewer."
        )
        # --by is the older spelling of --as, kept for scripts that use it.
        add_actor_argument(member, "--by")

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
        # The acting user must be allowed to manage the case, as on the members page: the
        # command never borrows an owner's name.
        acting = acting_user(options)
        case = case_for(acting, options["slug"], "manage")
        user = find_user(options["username"])
        set_membership(case=case, user=user, role=options["role"], acting_user=acting)
        self.stdout.write(f"{user.get_username()} is now {options['role']} of {case.slug}")
