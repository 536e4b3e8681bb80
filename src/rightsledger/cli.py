"""The ``rightsledger`` command: Rightsledger's own commands, and Django's under ``django``.

``rightsledger --help`` lists what a documenter, an analyst or an operator runs; Django's
administration commands (``migrate``, ``flush``, ``dbshell`` …) stay reachable as
``rightsledger django COMMAND`` for administrators, and are refused by their bare name.

A command starts quickly: Django's system checks (which import every view, and with them
the analysis stack) run only before the long-running commands (``serve``, ``worker``) and
``init``; ``rightsledger django check`` runs them on demand.
"""

from __future__ import annotations

import ast
import difflib
import importlib.util
import os
import re
import sys
import textwrap
from pathlib import Path

PROG = "rightsledger"
# Commands that run every system check first: a server must not start broken. (The worker
# checks the models only: it serves no page.)
CHECKED = frozenset({"init", "serve", "worker"})
OWN_APPS = "rightsledger."


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rightsledger.settings")
    from django.core.exceptions import ImproperlyConfigured

    try:
        _main(args)
    except ImproperlyConfigured as exc:
        _fail(f"configuration error: {exc}", 2)
    except BrokenPipeError:
        # The reader went away (``rightsledger job list | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _fail(message: str, status: int) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.exit(status)


def _main(args: list[str]) -> None:
    if args[:1] == ["django"]:
        from django.core.management import execute_from_command_line

        execute_from_command_line([f"{PROG} django", *args[1:]])
        return
    if args[:1] == ["--version"]:
        from importlib.metadata import version

        sys.stdout.write(f"{PROG} {version('rightsledger')}\n")
        return
    if args[:1] == ["help"]:
        args = [*args[1:2], "--help"] if len(args) > 1 else []
    import django

    django.setup()
    commands = own_commands()
    if not args or args[0] in {"-h", "--help"}:
        sys.stdout.write(overview(commands))
        return
    name = args[0]
    if name not in commands:
        _refuse(name, commands)
    from django.core.management import load_command_class

    command = load_command_class(commands[name], name)
    if name not in CHECKED:
        command.requires_system_checks = []
    from django.db import DatabaseError

    try:
        command.run_from_argv([PROG, *args])
    except DatabaseError:
        # A command run before ``init`` (or after an upgrade, before its migrations), or with
        # the database server down, meets the fault deep inside; say what it is instead. It is
        # looked into only here, so a command's start pays nothing for the check.
        if name != "init" and (problem := database_problem()):
            _fail(problem, 2)
        raise


def database_problem() -> str | None:
    """What keeps the default database from serving this version: unreachable, or migrations
    left to apply (nothing set up at all being the first case); None when it is ready."""
    from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
    from django.db.migrations.executor import MigrationExecutor

    connection = connections[DEFAULT_DB_ALIAS]
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        where = f"at {settings['NAME']}"
    else:
        where = f"{settings['NAME']!r} on {settings.get('HOST') or 'the local server'}"
    connection.close()  # a failed statement may have left the transaction aborted
    try:
        connection.ensure_connection()
    except DatabaseError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"cannot reach the database {where}: {reason}"
    try:
        executor = MigrationExecutor(connection)
        if not executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return None
    except DatabaseError:
        pass  # the migrations' own table cannot be read: nothing is set up
    return (f"the database {where} is not set up for this version of Rightsledger: "
            f"run '{PROG} init' first")  # fmt: skip


def own_commands() -> dict[str, str]:
    """Rightsledger's commands: the name of each, and the app that holds it."""
    from django.core.management import get_commands

    return {name: app for name, app in get_commands().items() if app.startswith(OWN_APPS)}


def _refuse(name: str, commands: dict[str, str]) -> None:
    from django.core.management import get_commands

    if name in get_commands():
        _fail(f"{name!r} is one of Django's administration commands: run it as "
              f"'{PROG} django {name}'", 2)  # fmt: skip
    close = difflib.get_close_matches(name, list(commands), n=3)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    _fail(f"unknown command {name!r}{hint}; '{PROG} --help' lists the commands", 2)


def overview(commands: dict[str, str]) -> str:
    """``rightsledger --help``: each command with the first sentence of its help."""
    rows = [(name, _summary(_help_of(commands[name], name))) for name in sorted(commands)]
    width = max(len(name) for name, _ in rows) + 2
    lines = [
        f"usage: {PROG} COMMAND [options]",
        "",
        "Rightsledger: documentation, evidence and analysis of gross human-rights violations.",
        "",
        "commands:",
        *(
            f"  {name.ljust(width)}{textwrap.shorten(text, 98 - width, placeholder=' …')}"
            for name, text in rows
        ),
        "",
        f"'{PROG} COMMAND --help' shows a command's options. Django's administration commands",
        f"(migrate, createsuperuser, dbshell …) run as '{PROG} django COMMAND'.",
        "",
    ]
    return "\n".join(lines)


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return re.split(r"(?<=[a-z)])\. ", text, maxsplit=1)[0].rstrip(".")


def _help_of(app: str, name: str) -> str:
    """A command's ``help``, read from its source: importing every command module to list
    them would load the analysis stack (and take seconds)."""
    spec = importlib.util.find_spec(f"{app}.management.commands.{name}")
    if spec and spec.origin:
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == "Command":
                for statement in node.body:
                    if (isinstance(statement, ast.Assign)
                            and any(getattr(t, "id", None) == "help" for t in statement.targets)
                            and isinstance(statement.value, ast.Constant)):  # fmt: skip
                        return str(statement.value.value)
    from django.core.management import load_command_class

    return str(load_command_class(app, name).help)


if __name__ == "__main__":
    main()
