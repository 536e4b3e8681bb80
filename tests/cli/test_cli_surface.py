"""The command line of a production tool: Rightsledger's commands only, every option
explained, quick to start, and a data directory only its owner can read."""

from __future__ import annotations

import argparse
import json
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import get_commands, load_command_class

from rightsledger.cli import own_commands
from tests.cli.conftest import RIGHTSLEDGER, cli_env

DJANGO_ONLY = {"flush", "dbshell", "startproject", "startapp", "migrate", "createsuperuser",
               "shell", "loaddata", "sqlflush", "testserver", "runserver", "db_worker"}  # fmt: skip
# What the analysis needs, and no command needs to start.
HEAVY = ("numpy", "scipy", "pandas", "numba", "splink", "duckdb", "pyspark", "matplotlib")


def test_help_lists_rightsledgers_commands_only(run_cli: Any) -> None:
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.split("commands:")[1]
              .split("\n\n")[0].strip().splitlines()}  # fmt: skip
    assert listed == set(own_commands())
    assert {"case", "import-list", "worker", "job", "serve", "verify"} <= listed
    assert not listed & DJANGO_ONLY
    assert "rightsledger django COMMAND" in result.stdout


def test_djangos_commands_are_under_django(run_cli: Any) -> None:
    refused = run_cli("flush")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "rightsledger: 'flush' is one of Django's administration commands: run it as "
        "'rightsledger django flush'"
    )
    assert refused.stdout == ""
    listed = run_cli("django", "help")
    assert listed.returncode == 0, listed.stderr
    assert "flush" in listed.stdout
    assert "dbshell" in listed.stdout
    unknown = run_cli("jobz")
    assert unknown.returncode == 2
    assert "unknown command 'jobz' (did you mean job?)" in unknown.stderr


def _actions(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _actions(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            found.append((path, action))
    return found


def test_every_option_of_every_command_says_what_it_does(db: None) -> None:
    missing = []
    for name, app in sorted(own_commands().items()):
        command = load_command_class(app, name)
        for path, action in _actions(command.create_parser("rightsledger", name), name):
            if not action.help or action.help == argparse.SUPPRESS or not action.help.strip():
                missing.append(f"{path}: {'/'.join(action.option_strings) or action.dest}")
    assert not missing, "options without help text:\n" + "\n".join(missing)


def test_no_command_loads_the_analysis_stack_to_start(tmp_path: Path) -> None:
    # Every command's parser is built (what --help and every run do first) in a fresh process.
    script = (
        "import json, sys, django; django.setup();"
        "from django.core.management import load_command_class;"
        "from rightsledger.cli import own_commands;"
        "[load_command_class(a, n).create_parser('rightsledger', n)"
        " for n, a in own_commands().items()];"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], env=cli_env(tmp_path / "home"),
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_no_page_loads_the_analysis_stack_to_start(tmp_path: Path) -> None:
    # Every view module is imported when the first request resolves its address: under load a
    # first page that brought in Splink, DuckDB, SciPy and matplotlib took over 10 s.
    script = (
        "import json, sys, django; django.setup();"
        "from django.urls import get_resolver; get_resolver().url_patterns;"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], env=cli_env(tmp_path / "home"),
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_commands_exit_with_a_one_line_error(run_cli: Any, initialised: Path) -> None:
    result = run_cli("job", "show", "12345", "--as", "nobody")
    assert result.returncode == 1
    assert result.stderr.strip() == "CommandError: no user named 'nobody'"


@pytest.mark.parametrize("command", [["case", "list"], ["stats", "--case", "any"]])
def test_a_command_before_init_says_to_run_init(run_cli: Any, tmp_path: Path,
                                                command: list[str]) -> None:  # fmt: skip
    result = run_cli(*command)
    assert result.returncode == 2
    database = tmp_path / "home" / "rightsledger.sqlite3"
    assert result.stderr.strip() == (
        f"rightsledger: the database at {database} is not set up for this version of "
        "Rightsledger: run 'rightsledger init' first"
    )
    assert "Traceback" not in result.stderr


def test_a_database_server_out_of_reach_is_named(run_cli: Any) -> None:
    # Port 9 (discard) has no PostgreSQL behind it: the connection is refused at once.
    result = run_cli("case", "list", env={"DATABASE_URL": "postgres://postgres@127.0.0.1:9/gone"})
    assert result.returncode == 2
    assert result.stderr.startswith(
        "rightsledger: cannot reach the database 'gone' on 127.0.0.1: "
    ), result.stderr
    assert "init" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_database_error_after_init_is_not_called_a_missing_setup(initialised: Path) -> None:
    env = cli_env(initialised)
    probe = ("import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
             "'rightsledger.settings'); django.setup(); from rightsledger import cli; "
             "print(cli.database_problem())")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, timeout=120, check=True)  # fmt: skip
    assert done.stdout.strip() == "None"


@pytest.mark.own_database
def test_the_data_directory_and_database_are_the_owners_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    password = tmp_path / "pw"
    password.write_text("a-Long-enough-passphrase-7\n")
    subprocess.run([*RIGHTSLEDGER, "init", "--username", "admin", "--password-file",
                    str(password)], env=cli_env(home), check=True, capture_output=True,
                   timeout=300)  # fmt: skip

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(home) == 0o700
    assert mode(home / "rightsledger.sqlite3") == 0o600
    assert mode(home / "secret_key") == 0o600
    # A directory made by hand with the usual umask is tightened when Rightsledger starts.
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    subprocess.run([*RIGHTSLEDGER, "--help"], env=cli_env(loose), check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    assert mode(loose) == 0o700
    assert mode(loose / "rightsledger.sqlite3") == 0o600


def test_djangos_own_commands_are_still_all_there(db: None) -> None:
    # Nothing is lost: every command is reachable, ours by name and Django's under django.
    assert set(get_commands()) - set(own_commands()) >= DJANGO_ONLY - {"runserver"}
