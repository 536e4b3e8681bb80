"""`import bag` runs as a job: the command runs it in its own process, a worker runs it when
queued; the job belongs to the case it made. It is all or nothing: a bad bag, a failure while
restoring or a stop in the middle leaves the database and the store as they were."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from rightsledger.archive.bag import ArchiveError
from rightsledger.archive.restore import import_bag
from rightsledger.cases.models import Case
from rightsledger.jobs.lease import JobCancelled
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import submit
from tests.archive.test_import import edit, exported, importer  # noqa: F401 (fixture)


@pytest.fixture
def bag(settings: Any, tmp_path: Path) -> tuple[Path, dict[str, Any], Path]:
    """A bag of a case not in the database, and the empty store the import will write to
    (the export's store is another one)."""
    path, facts = exported(tmp_path)
    settings.EVIDENCE_DIR = tmp_path / "store"
    return path, facts, Path(settings.EVIDENCE_DIR)


def database_state() -> Counter[str]:
    """How many rows each table holds, jobs and their queue entries apart."""
    skip = {"jobs", "django_tasks_database", "sessions"}
    return Counter({
        model._meta.label_lower: model._base_manager.count()
        for model in apps.get_models() if model._meta.app_label not in skip
    })  # fmt: skip


def files_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file())


def test_the_command_imports_through_a_job_of_the_case_it_made(
    importer: Any,  # noqa: F811
    stranger: Any,
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
    capsys: Any,
) -> None:
    path, facts, fresh_store = bag
    call_command("import", "bag", str(path), "--as", importer.username)
    assert f"imported case {facts['slug']}, owned by archivist" in capsys.readouterr().out
    job = Job.objects.get(kind="import-bag")
    case = Case.objects.get(slug=facts["slug"])
    assert (job.status, job.case, job.created_by, job.progress) == (
        Job.Status.DONE, case, importer, 100)  # fmt: skip
    assert job.result["case"] == facts["slug"]
    assert files_in(fresh_store / "objects")  # the evidence file, now a stored object
    assert not files_in(fresh_store / "tmp")
    mine = Client()
    mine.force_login(importer)
    assert "import-bag" in mine.get(f"/c/{case.slug}/jobs/").content.decode()
    assert mine.get(f"/c/{case.slug}/jobs/{job.pk}/").status_code == 200
    theirs = Client()
    theirs.force_login(stranger)
    assert theirs.get(f"/c/{case.slug}/jobs/{job.pk}/").status_code == 404


def test_a_bad_bag_is_a_clear_error_and_writes_nothing(
    importer: Any,  # noqa: F811
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
) -> None:
    path, facts, fresh_store = bag

    def rename(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if row["pk"] == facts["person"]:
                row["fields"]["display_name"] = "Someone Else"
        return rows

    edit(path, "records/records.person.json", rename)
    before = database_state()
    with pytest.raises(CommandError, match=rf"import failed \(job \d+\): .*records.person "
                                           rf"{facts['person']}: altered"):  # fmt: skip
        call_command("import", "bag", str(path), "--as", importer.username)
    job = Job.objects.get(kind="import-bag")
    assert (job.status, job.case) == (Job.Status.FAILED, None)
    assert "altered" in job.message
    assert database_state() == before
    assert files_in(fresh_store) == []


def test_what_is_not_a_bag_is_named(importer: Any, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(CommandError, match="is not a directory"):
        call_command("import", "bag", str(tmp_path / "nowhere"), "--as", importer.username)
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "notes.txt").write_text("not a bag")
    with pytest.raises(CommandError, match="is not a valid bag"):
        call_command("import", "bag", str(tmp_path / "plain"), "--as", importer.username)


def test_a_failure_while_restoring_leaves_everything_as_it_was(
    importer: Any,  # noqa: F811
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last write of the restore fails: every row before it is undone, no file stays."""
    path, _facts, fresh_store = bag
    before = database_state()

    def refuse(*args: Any) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr("rightsledger.archive.restore._record_import", refuse)
    with pytest.raises(CommandError, match="No space left on device"):
        call_command("import", "bag", str(path), "--as", importer.username)
    assert database_state() == before
    assert files_in(fresh_store) == []
    monkeypatch.undo()
    call_command("import", "bag", str(path), "--as", importer.username)  # the same bag, whole
    assert Case.objects.filter(slug="hillside-inquiry").exists()


@pytest.mark.parametrize("stop_at", ["copying evidence file", "writing the records",
                                     "checking every reference"])  # fmt: skip
def test_an_import_stopped_in_the_middle_writes_nothing(
    importer: Any,  # noqa: F811
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
    stop_at: str,
) -> None:
    """A cancelled job stops at its next progress report: wherever that is, nothing stays."""
    path, _facts, fresh_store = bag
    before = database_state()
    seen: list[str] = []

    def report(percent: int, message: str) -> None:
        seen.append(message)
        if message.startswith(stop_at):
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        import_bag(path, acting_user=importer, progress=report)
    assert any(m.startswith(stop_at) for m in seen)
    assert database_state() == before
    assert files_in(fresh_store) == []


def test_a_file_that_differs_from_its_record_writes_nothing(
    importer: Any,  # noqa: F811
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, facts, fresh_store = bag
    before = database_state()
    # The bag checks its own manifests; the store's digest is the last word.
    monkeypatch.setattr("rightsledger.archive.restore.read_chunks",
                        lambda handle: iter([b"other bytes"]))  # fmt: skip
    with pytest.raises(ArchiveError, match=f"evidence/{facts['sha256']} does not match"):
        import_bag(path, acting_user=importer)
    assert database_state() == before
    assert files_in(fresh_store) == []


@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_a_queued_import(
    job_worker: None,
    importer: Any,  # noqa: F811
    tmp_path: Path,
    bag: tuple[Path, dict[str, Any], Path],
) -> None:
    path, facts, _store = bag
    job = submit(case=None, kind="import-bag", acting_user=importer,
                 parameters={"bag_dir": str(path), "trusted_key": None})  # fmt: skip
    deadline = time.monotonic() + 120
    while job.status not in {Job.Status.DONE, Job.Status.FAILED}:
        assert time.monotonic() < deadline, "the worker did not finish the import"
        time.sleep(0.2)
        job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.message
    assert job.case is not None
    assert job.case.slug == facts["slug"]
