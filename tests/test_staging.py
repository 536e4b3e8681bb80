"""Staged uploads that never became records are removed by age, and ``verify`` lists them."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from rightsledger import staging
from rightsledger.evidence.store import get_store
from rightsledger.staging import upload_dir

DAY = 24 * 3600


@pytest.fixture
def areas(tmp_path: Path, settings: Any) -> tuple[Path, Path]:
    settings.HOME = tmp_path
    settings.EVIDENCE_DIR = tmp_path / "evidence"
    settings.EVIDENCE_S3 = None
    settings.STAGING_MAX_AGE_HOURS = 24
    evidence_tmp, uploads = get_store().tmp_dir, upload_dir()
    evidence_tmp.mkdir(parents=True)
    uploads.mkdir(parents=True)
    return evidence_tmp, uploads


def aged(path: Path, seconds: float) -> Path:
    when = time.time() - seconds
    for inner in [*(path.rglob("*") if path.is_dir() else []), path]:
        os.utime(inner, (when, when))
    return path


def staged(areas: tuple[Path, Path], age: float) -> tuple[Path, Path]:
    evidence_tmp, uploads = areas
    killed = evidence_tmp / f"upload-{age:.0f}"
    killed.write_bytes(b"half of a video, cut off by SIGKILL")
    abandoned = uploads / f"token{age:.0f}"
    abandoned.mkdir()
    (abandoned / "list.csv").write_text("full_name\nƏliyev Rauf\n", encoding="utf-8")
    return aged(killed, age), aged(abandoned, age)


def test_old_staged_files_are_orphans_and_fresh_ones_are_not(areas: tuple[Path, Path]) -> None:
    old = staged(areas, 2 * DAY)
    fresh = staged(areas, 3600)
    found = {o.path for o in staging.find_orphans()}
    assert found == set(old)
    removed = staging.sweep()
    assert {o.path for o in removed} == set(old)
    assert not any(p.exists() for p in old)
    assert all(p.exists() for p in fresh)


def test_a_folder_with_a_recently_touched_file_is_kept(areas: tuple[Path, Path]) -> None:
    _, folder = staged(areas, 2 * DAY)
    (folder / "list.csv").write_text("full_name\n", encoding="utf-8")  # rewritten just now
    os.utime(folder, (time.time() - 2 * DAY,) * 2)  # the folder itself looks old
    assert folder not in {o.path for o in staging.find_orphans()}


def test_verify_lists_the_orphans(areas: tuple[Path, Path], capsys: Any, db: None) -> None:
    old = staged(areas, 3 * DAY)
    call_command("verify")
    out = capsys.readouterr().out
    for path in old:
        assert f"ORPHAN staged upload never recorded: {path}" in out
    assert "OK:" in out
    assert all(p.exists() for p in old)  # verify only reports


def test_the_job_worker_sweeps(areas: tuple[Path, Path], case: Any, owner: Any,
                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from rightsledger.jobs.runner import job_kind, submit

    job_kind("nothing")(lambda job, report: {})
    monkeypatch.setattr(staging, "_last_sweep", 0.0)
    old = staged(areas, 2 * DAY)
    submit(case=case, kind="nothing", parameters={}, acting_user=owner, run_inline=True)
    assert not any(p.exists() for p in old)
    # At most once an hour: a second job does not walk the areas again.
    again = staged(areas, 5 * DAY)
    submit(case=case, kind="nothing", parameters={}, acting_user=owner, run_inline=True)
    assert all(p.exists() for p in again)


def test_serve_sweeps_when_it_starts(
    areas: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from gunicorn.app.base import BaseApplication

    monkeypatch.setattr(BaseApplication, "run", lambda self: None)
    old = staged(areas, 2 * DAY)
    call_command("serve", "--port", "8999", "--jobs", "0")
    assert not any(p.exists() for p in old)
    assert "removed 2 staged uploads" in capsys.readouterr().out


def test_an_evidence_upload_refused_for_csrf_leaves_no_staged_file(
    areas: tuple[Path, Path], case: Any, owner: Any
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    # A CSRF cookie but a wrong token in the form: the body is read before it is refused.
    client.cookies["csrftoken"] = "a" * 32
    upload = io.BytesIO(b"witness statement, refused for a wrong CSRF token")
    upload.name = "w.txt"
    response = client.post(
        f"/c/{case.slug}/evidence/upload/", {"file": upload, "csrfmiddlewaretoken": "b" * 32}
    )
    assert response.status_code == 403
    assert list(areas[0].iterdir()) == []


def test_a_bad_max_age_stops_the_program() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import rightsledger.settings"],
        env={**os.environ, "RIGHTSLEDGER_STAGING_MAX_AGE_HOURS": "0"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "RIGHTSLEDGER_STAGING_MAX_AGE_HOURS" in result.stderr
