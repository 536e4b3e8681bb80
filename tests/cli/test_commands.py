"""The command line, run as a user runs it: a real process on a real database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CLI = Callable[..., Any]

# The same on every backend run: the command uses its own SQLite home.
pytestmark = pytest.mark.own_database


def test_init_is_idempotent(run_cli: CLI, tmp_path: Path) -> None:
    password = tmp_path / "pw"
    password.write_text("a-Long-enough-passphrase-7\n")
    first = run_cli("init", "--username", "admin", "--password-file", str(password))
    assert first.returncode == 0, first.stderr
    assert "Administrator 'admin' created" in first.stdout
    second = run_cli("init", "--username", "admin", "--password-file", str(password))
    assert second.returncode == 0, second.stderr
    assert "already exists" in second.stdout
    db = sqlite3.connect(tmp_path / "home" / "rightsledger.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT count(*) FROM auth_user").fetchone()[0] == 1


def test_init_refuses_a_weak_password(run_cli: CLI, tmp_path: Path) -> None:
    password = tmp_path / "pw"
    password.write_text("123\n")
    result = run_cli("init", "--username", "admin", "--password-file", str(password))
    assert result.returncode != 0
    assert "password refused" in result.stderr
    assert result.stderr.count("\n") == 1


def test_init_without_password_source_fails_clearly(run_cli: CLI) -> None:
    result = run_cli("init", "--username", "admin", input="")
    assert result.returncode != 0
    assert "--password-file" in result.stderr


def test_case_create_prints_the_slug_and_demo_loads(
    run_cli: CLI, initialised: Path, tmp_path: Path
) -> None:
    created = run_cli("case", "create", "Inquiry into the river crossing")
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == "inquiry-into-the-river-crossing"
    again = run_cli("case", "create", "Inquiry into the river crossing")
    assert again.stdout.strip() == "inquiry-into-the-river-crossing-2"
    demo = run_cli("demo")
    assert demo.returncode == 0, demo.stderr
    assert run_cli("demo").returncode == 0  # loading twice changes nothing
    db = sqlite3.connect(tmp_path / "home" / "rightsledger.sqlite3")
    assert db.execute("SELECT count(*) FROM cases_case").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM records_person").fetchone()[0] > 0
    listing = run_cli("case", "list")
    assert "demo-tamarisk" in listing.stdout


def test_unknown_owner_is_a_one_line_error(run_cli: CLI, initialised: Path) -> None:
    result = run_cli("case", "create", "X", "--owner", "nobody")
    assert result.returncode == 1
    assert result.stderr.strip() == "CommandError: no user named 'nobody'"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from django.core.management import ManagementUtility

    for command in ["init", "serve", "demo", "case", "import-list", "link", "review", "stats",
                    "export", "estimate"]:  # fmt: skip
        with pytest.raises(SystemExit) as exited:
            ManagementUtility(["rightsledger", command, "--help"]).execute()
        assert exited.value.code == 0
        assert "usage: rightsledger" in capsys.readouterr().out


def test_a_bad_setting_stops_the_program_with_its_name(run_cli: CLI) -> None:
    result = run_cli("django", "check", env={"RIGHTSLEDGER_DEBUG": "maybe"})
    assert result.returncode == 2
    assert "RIGHTSLEDGER_DEBUG" in result.stderr


def test_production_requires_a_secret_key(run_cli: CLI) -> None:
    result = run_cli("django", "check", env={"RIGHTSLEDGER_DEPLOYMENT": "production"})
    assert result.returncode == 2
    assert "RIGHTSLEDGER_SECRET_KEY" in result.stderr


def test_production_settings_pass_the_deploy_check(run_cli: CLI, tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("k" * 20 + "-Very-Long-Random-Secret-Key-For-Testing-0123456789")
    result = run_cli("django", "check", "--deploy", "--fail-level", "WARNING", env={
        "RIGHTSLEDGER_DEPLOYMENT": "production", "RIGHTSLEDGER_SECRET_KEY_FILE": str(key_file),
        "RIGHTSLEDGER_ALLOWED_HOSTS": "rightsledger.example.org"})  # fmt: skip
    assert result.returncode == 0, result.stderr
