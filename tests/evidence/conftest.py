"""Fixtures shared with the command-line tests."""

# The real command, for end-to-end tests, on a copy of a home initialised once per worker.
from tests.cli.conftest import initialised, initialised_template, run_cli  # noqa: F401
