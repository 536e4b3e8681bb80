"""`init --password-file` applies the same password rules as the web and the admin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.own_database


def test_init_refuses_the_user_name_as_password(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    password = tmp_path / "pw"
    password.write_text("Admin-admin-2024!\n")
    result = run_cli("init", "--username", "admin", "--password-file", str(password))
    assert result.returncode != 0
    assert "password refused" in result.stderr
    assert "contains the user name" in result.stderr
