"""`rightsledger evidence add` and `rightsledger verify` as a user runs them."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]


def setup_case(run_cli: Run) -> None:
    """A case in the test's home (``initialised``: a copy of one made by ``init``)."""
    assert run_cli("case", "create", "Lakeside", "--owner", "admin").stdout.strip() == "lakeside"


def test_add_then_verify_then_tamper(run_cli: Run, initialised: Path, tmp_path: Path) -> None:
    setup_case(run_cli)
    video = tmp_path / "video.bin"
    video.write_bytes(os.urandom(3 * 1024 * 1024))
    result = run_cli("evidence", "add", "--case", "lakeside", str(video), "--description", "roof")
    assert result.returncode == 0, result.stderr
    sha = hashlib.sha256(video.read_bytes()).hexdigest()
    assert result.stdout.split("\t")[1:3] == [sha, "added"]
    assert "video.bin" in result.stderr
    assert "MiB" in result.stderr
    again = run_cli("evidence", "add", "--case", "lakeside", "--quiet", str(video))
    assert again.stdout.split("\t")[2] == "already present"
    assert run_cli("verify", "--case", "lakeside").returncode == 0
    stored = tmp_path / "home" / "evidence" / "objects" / sha[:2] / sha[2:4] / sha
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[1000] ^= 0x10
    stored.write_bytes(bytes(data))
    failed = run_cli("verify")
    assert failed.returncode != 0
    assert f"FAIL file {sha}: SHA-256 does not match (altered)" in failed.stdout
    assert "verification failed: 1 problem" in failed.stderr


def test_several_files_are_added_in_the_order_given(
    run_cli: Run, initialised: Path, tmp_path: Path
) -> None:
    setup_case(run_cli)
    paths = []
    for name, size in [("b-large.bin", 9 * 1024 * 1024), ("a-small.txt", 10), ("c.bin", 4096)]:
        path = tmp_path / name
        path.write_bytes(os.urandom(size))
        paths.append(path)
    paths.append(paths[1])  # the same file twice: recorded once
    result = run_cli("evidence", "add", "--case", "lakeside", "--quiet", *map(str, paths))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(row[1], row[2], row[3]) for row in rows] == [
        (hashlib.sha256(path.read_bytes()).hexdigest(),
         "already present" if index == 3 else "added", path.name)
        for index, path in enumerate(paths)
    ]  # fmt: skip
    assert list((tmp_path / "home" / "evidence" / "tmp").iterdir()) == []
    assert run_cli("verify", "--case", "lakeside").returncode == 0


def test_clear_errors(run_cli: Run, initialised: Path, tmp_path: Path) -> None:
    setup_case(run_cli)
    missing = run_cli("evidence", "add", "--case", "lakeside", str(tmp_path / "nope"))
    assert missing.returncode != 0
    assert "not a readable file" in missing.stderr
    (tmp_path / "f").write_text("x")
    nocase = run_cli("evidence", "add", "--case", "elsewhere", str(tmp_path / "f"))
    assert nocase.returncode != 0
    assert "no case 'elsewhere'" in nocase.stderr
    assert "Traceback" not in missing.stderr + nocase.stderr
