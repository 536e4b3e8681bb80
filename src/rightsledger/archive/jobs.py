"""The "export-bag" and "import-bag" background jobs, with progress.

The command line runs them in its own process through the same job record
(``submit(run_inline=True)``), so every export shows on the case's jobs page, whoever
started it and however; an import, which makes its case, is of no case until it has made it
(meanwhile only the account that started it sees it), then shows on the imported case's jobs
page. From the browser, the bag comes as the ZIP file the Exports tab gives, checked in the
request (``archive.bag_zip``) and unpacked here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AnonymousUser

from rightsledger.cases.models import Case
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind

KIND = "export-bag"
IMPORT_KIND = "import-bag"


@job_kind(KIND, permission="manage")
def export_bag_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    from rightsledger.archive.bag import export_bag

    params = job.parameters
    # Exporting the whole record is managing the case: checked again when the job runs, for
    # a job queued while its creator still could.
    user: Any = job.created_by or AnonymousUser()  # an account removed meanwhile may not
    case = Case.objects.get_restricted_or_404(user, "manage", pk=job.case_id)
    out_dir = Path(params["out_dir"])
    steps = iter(range(5, 90))
    try:
        result = export_bag(
            case, out_dir, acting_user=job.created_by,
            purpose=params.get("purpose", "internal"), recipient=params.get("recipient", ""),
            require_consent=bool(params.get("require_consent")),
            progress=lambda message: report(next(steps, 90), message[:200]),
        )  # fmt: skip
    except BaseException:
        if params.get("download"):
            _remove_empty(out_dir.parent)  # the bag's own directory, made for it
        raise
    counts = (f"{result.files} files, {result.rows} records, {result.history_entries} "
              "history entries")  # fmt: skip
    done: dict[str, Any] = {"path": str(result.path), "files": result.files, "rows": result.rows,
                            "history_entries": result.history_entries,
                            "summary": f"wrote {result.path}: {counts}"}  # fmt: skip
    if params.get("download"):
        # Made in the browser: packed as one file to download, from the bag's own page.
        from rightsledger.archive.downloads import pack

        report(92, "packing the bag as a ZIP file")
        try:
            packed = pack(result.path)
        except BaseException:
            shutil.rmtree(out_dir.parent, ignore_errors=True)  # no unpacked copy stays
            raise
        done.update(archive=str(packed.path), sha256=packed.sha256, size=packed.size,
                    file_name=f"{case.slug}-{params.get('purpose', 'internal')}-bag-{job.pk}.zip",
                    summary=f"bag of {case.slug}: {counts}; ZIP SHA-256 {packed.sha256}",
                    next=["case-bag-export", job.pk])  # fmt: skip
    return done


def _remove_empty(directory: Path) -> None:
    with suppress(OSError):  # not empty, or gone: either way nothing of this job is left
        directory.rmdir()


@job_kind(IMPORT_KIND, permission="manage")
def import_bag_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    """Restore the bag at ``bag_dir`` (the command line's), or in the ZIP file sent from the
    browser (``upload``: its folder in the uploads area), for the job's creator, who becomes
    the case's owner."""
    from rightsledger.archive.bag import ArchiveError
    from rightsledger.archive.restore import import_bag

    params = job.parameters
    owner = job.created_by
    if owner is None:
        raise ArchiveError("the account that started the import is gone: nobody would own "
                           "the imported case")  # fmt: skip
    key = params.get("trusted_key")
    trusted_key = key.encode("ascii") if key else None
    if params.get("upload"):
        with _unpacked_upload(params, report) as bag_dir:
            try:
                case = import_bag(bag_dir, acting_user=owner, trusted_key=trusted_key,
                                  progress=report)  # fmt: skip
            except ArchiveError as refused:
                # Named as its sender knows it, not by where it was unpacked on the server.
                message = str(refused).replace(str(bag_dir), params["file_name"])
                raise ArchiveError(message) from refused
    else:
        case = import_bag(Path(params["bag_dir"]), acting_user=owner, trusted_key=trusted_key,
                          progress=report)  # fmt: skip
    # Now it has a case: it shows on that case's jobs page (an update of this row alone,
    # after the import's own transaction).
    Job.objects.filter(pk=job.pk).update(case=case)
    summary = f"imported case {case.slug}, owned by {owner.get_username()}"
    done: dict[str, Any] = {"case": case.slug, "owner": owner.get_username(), "summary": summary}
    if params.get("upload"):
        # Sent from the browser: its page, once done, is the imported case's own.
        done.update(file_name=params["file_name"], next=["case-bag-import", job.pk])
    return done


@contextmanager
def _unpacked_upload(params: dict[str, Any], report: Callable[[int, str], None]) -> Iterator[Path]:
    """The bag of the uploaded ZIP file, unpacked beside it for the import.

    The upload is removed when the import has ended, or failed; a job given back or taken
    back (its worker stopped or died) keeps it for its next attempt."""
    from rightsledger.archive.bag import ArchiveError
    from rightsledger.archive.bag_zip import unpack
    from rightsledger.jobs.lease import LeaseLost, WorkerStopping
    from rightsledger.staging import upload_dir

    folder = upload_dir() / params["upload"]
    unpacked = folder / "unpacked"
    try:
        os.utime(folder)  # in use: not an abandoned upload (see rightsledger.staging)
    except FileNotFoundError:
        raise ArchiveError("the uploaded bag is no longer kept (uploads left waiting are "
                           "removed after a while): send it again") from None  # fmt: skip
    try:
        shutil.rmtree(unpacked, ignore_errors=True)  # left by an attempt that was cut off
        report(0, "unpacking the ZIP file")
        yield unpack(folder / params["file_name"], unpacked,
                     progress=lambda message: report(0, message))  # fmt: skip
    except (WorkerStopping, LeaseLost):
        shutil.rmtree(unpacked, ignore_errors=True)
        raise
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    shutil.rmtree(folder, ignore_errors=True)
