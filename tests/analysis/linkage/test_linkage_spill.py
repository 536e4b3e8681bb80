"""Where DuckDB spills a large linkage: the system's temporary directory, never the working
directory (a worker's may be the code's checkout, or a directory it cannot write to)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from rightsledger.analysis.linkage.backends import make_db_api
from rightsledger.analysis.linkage.config import LinkageConfig


def test_duckdb_spills_under_the_temporary_directory(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    api = make_db_api(LinkageConfig(duckdb_memory_limit="64MB"))
    connection = api._con
    spill = connection.execute("SELECT current_setting('temp_directory')").fetchone()[0]
    assert Path(spill).parent == tmp_path / "scratch"
    # A sort the memory limit cannot hold goes to disk there (DuckDB makes the directory).
    connection.execute("SET threads = 1")
    connection.execute("SET preserve_insertion_order = false")
    rows = connection.execute(
        "SELECT count(*) FROM (SELECT i, md5(i::VARCHAR) AS h FROM range(3000000) t(i) ORDER BY h)"
    ).fetchone()[0]
    assert rows == 3_000_000
    assert not (tmp_path / ".tmp").exists()
    assert sorted(os.listdir(tmp_path)) == ["scratch"]
    assert (tmp_path / "scratch" / "rightsledger-duckdb").is_dir()  # it did spill, there
