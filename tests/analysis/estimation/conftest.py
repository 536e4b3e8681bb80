"""Shared fixtures: the published test tables and the stored reference values."""

import json
from pathlib import Path

import pytest

from rightsledger.analysis.estimation import CaptureHistory

HERE = Path(__file__).parent
DATA = HERE / "data"


@pytest.fixture(scope="session")
def kosovo() -> CaptureHistory:
    return CaptureHistory.from_csv(DATA / "kosovo-1999.csv")


@pytest.fixture(scope="session")
def uk() -> CaptureHistory:
    return CaptureHistory.from_csv(DATA / "uk-modern-slavery-2013-5lists.csv")


@pytest.fixture(scope="session")
def reference() -> dict:
    return json.loads((HERE / "reference_values.json").read_text())
