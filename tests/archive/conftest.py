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


@pytest.fixture(autouse=True)
def protection_key(settings: Any) -> str:
    key = "QUdBSU5TVC1USEUtV0FMTC1URVNULUtFWS0wMDAwMDA="
    settings.PROTECTION_KEYS = [key]
    return key
