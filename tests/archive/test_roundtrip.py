"""export → import into an empty database → export gives identical manifests."""

from __future__ import annotations

import filecmp
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import files


def test_round_trip_through_an_empty_database(
    run_cli: Callable[..., object], initialised: Path, tmp_path: Path
) -> None:
    password = tmp_path / "pw"
    password.write_text("a-Strong-pass-42")
    # The exporting home is a copy of one initialised once; the importing home is made by
    # its own init, so that it has keys of its own.
    home_a = {"RIGHTSLEDGER_HOME": str(initialised)}
    home_b = {"RIGHTSLEDGER_HOME": str(tmp_path / "b")}

    def ok(*args: str, env: dict[str, str]) -> str:
        result = run_cli(*args, env=env)
        assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
        return str(result.stdout)  # type: ignore[attr-defined]

    ok("init", "--username", "admin", "--password-file", str(password), env=home_b)
    ok("demo", "--owner", "admin", env=home_a)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(files.jpeg_with_gps())
    report = tmp_path / "report.pdf"
    report.write_bytes(files.pdf_with_text())
    ok("evidence", "add", "--case", "demo-tamarisk", str(photo), str(report), env=home_a)
    ok("export", "bag", "--case", "demo-tamarisk", str(tmp_path / "one"), env=home_a)
    ok("import", "bag", str(tmp_path / "one"), "--as", "admin", env=home_b)
    assert ok("verify", env=home_b).startswith("OK")
    ok("export", "bag", "--case", "demo-tamarisk", str(tmp_path / "two"), env=home_b)
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt",
                 "tagmanifest-sha512.txt", "bag-info.txt"):  # fmt: skip
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert comparison.diff_files == []
    # A second import of the same case is refused, saying why.
    again = run_cli("import", "bag", str(tmp_path / "one"), "--as", "admin", env=home_b)
    assert again.returncode != 0  # type: ignore[attr-defined]
    assert "already in this database" in again.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize("purpose", ["sharing", "publication"])
def test_redacted_bags_do_not_import(run_cli: Callable[..., object], initialised: Path,
                                     tmp_path: Path, purpose: str) -> None:  # fmt: skip
    assert run_cli("case", "create", "Lakeside", "--owner", "admin").returncode == 0  # type: ignore[attr-defined]
    result = run_cli("export", "bag", "--case", "lakeside", str(tmp_path / "bag"),
                     "--purpose", purpose, "--recipient", "Commission")  # fmt: skip
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    result = run_cli("import", "bag", str(tmp_path / "bag"), "--as", "admin")
    assert result.returncode != 0  # type: ignore[attr-defined]
    assert "only internal ones import" in result.stderr  # type: ignore[attr-defined]
