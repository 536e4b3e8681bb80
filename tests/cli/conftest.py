from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

RIGHTSLEDGER = [sys.executable, "-m", "rightsledger.cli"]
ADMIN_PASSWORD = "a-Long-enough-passphrase-7"


def cli_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    # The commands run on their own SQLite home whatever database the suite runs on.
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["RIGHTSLEDGER_HOME"] = str(home)
    env.update(extra or {})
    return env


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real ``rightsledger`` command against the SQLite home in ``tmp_path``."""

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None,
            ) -> subprocess.CompletedProcess[str]:  # fmt: skip
        return subprocess.run(
            [*RIGHTSLEDGER, *args], capture_output=True, text=True,
            env=cli_env(tmp_path / "home", env), input=input, timeout=300, check=False,
        )  # fmt: skip

    return run


@pytest.fixture(scope="session")
def initialised_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home made once by ``rightsledger init`` with an administrator, to copy per test."""
    home = tmp_path_factory.mktemp("template") / "home"
    password = home.parent / "pw"
    password.write_text(ADMIN_PASSWORD + "\n")
    subprocess.run(
        [*RIGHTSLEDGER, "init", "--username", "admin", "--password-file", str(password)],
        env=cli_env(home), check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return home


@pytest.fixture
def initialised(initialised_template: Path, tmp_path: Path) -> Path:
    """This test's home: a copy of the initialised template (database, key, static files)."""
    home = tmp_path / "home"
    shutil.copytree(initialised_template, home)
    return home
