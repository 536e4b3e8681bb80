"""`export bag` runs through a job of the case: it shows on the case's jobs page, done or
failed, and the access check is the job's too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import bagit
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from rightsledger.jobs.models import Job


def test_the_command_exports_through_a_job(case: Any, owner: Any, tmp_path: Path,
                                           capsys: Any) -> None:  # fmt: skip
    out = tmp_path / "bag"
    call_command("export", "bag", "--case", case.slug, str(out), "--as", "owner")
    job = Job.objects.get(case=case, kind="export-bag")
    assert (job.status, job.created_by, job.result["path"]) == (Job.Status.DONE, owner, str(out))
    assert f"wrote {out}" in capsys.readouterr().out
    bagit.Bag(str(out)).validate()
    web = Client()
    web.force_login(owner)
    assert "export-bag" in web.get(f"/c/{case.slug}/jobs/").content.decode()


def test_it_validates_access_and_the_target(case: Any, owner: Any, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no case"):
        call_command("export", "bag", "--case", case.slug, str(tmp_path / "b"), "--as", "viewer")
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    with pytest.raises(CommandError, match="exists and is not an empty directory"):
        call_command("export", "bag", "--case", case.slug, str(full), "--as", "owner")
    assert not Job.objects.exists()  # refused before a job was made


def test_a_job_whose_creator_lost_the_right_fails(case: Any, owner: Any, viewer: Any,
                                                 tmp_path: Path) -> None:  # fmt: skip
    from rightsledger.jobs.runner import submit

    job = submit(case=case, kind="export-bag", acting_user=viewer, run_inline=True,
                 parameters={"out_dir": str(tmp_path / "bag")})  # fmt: skip
    assert job.status == Job.Status.FAILED
    assert not (tmp_path / "bag").exists()
