from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

RIGHTSLEDGER = [sys.executable, "-m", "rightsledger.cli"]


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real ``rightsledger`` command against a fresh SQLite home in ``tmp_path``."""

    def run(*args: str, env: dict[str, str] | None = None, input: str | None = None,
            ) -> subprocess.CompletedProcess[str]:  # fmt: skip
        full_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        full_env.update({"RIGHTSLEDGER_HOME": str(tmp_path / "home")}, **(env or {}))
        return subprocess.run(
            [*RIGHTSLEDGER, *args],
            capture_output=True,
            text=True,
            env=full_env,
            input=input,
            timeout=300,
            check=False,
        )

    return run
