"""Fixtures shared with the command-line tests."""

from tests.cli.conftest import run_cli  # noqa: F401 - the real command, for end-to-end tests
