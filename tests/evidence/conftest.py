from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rightsledger.evidence.store import ObjectStore
from tests.cli.conftest import run_cli  # noqa: F401 - the real command, for end-to-end tests


@pytest.fixture(autouse=True)
def evidence_dir(settings: Any, tmp_path: Path) -> Path:
    settings.EVIDENCE_DIR = tmp_path / "evidence"
    return settings.EVIDENCE_DIR


@pytest.fixture
def store(evidence_dir: Path) -> ObjectStore:
    return ObjectStore(evidence_dir)
