"""The preview of an uploaded list, read by the job runner rather than in a web request.

Reading a list means parsing all of it (every row is validated before the preview is
shown), which for a large or hostile file takes minutes: a web worker must not spend them.
The confirm page starts a ``preview-list`` job for the upload and, until it is done, shows
its progress; the job's result is the preview (the report, with its first errors and
warnings, and the first rows).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind, refresh_interrupted, submit
from rightsledger.registry.importing import ColumnMapping, ListFileError, load_mapping
from rightsledger.registry.importing import preview_list as read_preview
from rightsledger.registry.importing.reading import TableFormat
from rightsledger.staging import upload_dir

KIND = "preview-list"
SHOWN = 50  # errors and warnings kept for the page (their counts are kept whole)
MAPPING_FILE = "mapping.yaml"


@dataclass(frozen=True)
class ListPreview:
    """What the confirm page shows of an uploaded list."""

    table: TableFormat
    header: list[str]
    columns: dict[str, int]
    rows: int
    rows_with_warnings: int
    error_count: int
    errors: list[tuple[int, str]]
    warnings: list[tuple[int, str]]
    first: list[list[str]]
    # Its numeric dates are read month first (``list_dates.writes_month_first``).
    month_first: bool = False

    @classmethod
    def from_result(cls, data: dict[str, Any]) -> ListPreview:
        fields = {**data, "table": TableFormat(**data["table"])}
        for name in ("errors", "warnings"):
            fields[name] = [(int(row), str(message)) for row, message in data[name]]
        return cls(**fields)


@job_kind(KIND)
def preview_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    folder = upload_dir() / job.parameters["token"]
    path = folder / job.parameters["file_name"]
    os.utime(folder)  # in use: not an abandoned upload (see rightsledger.staging)
    mapping_file = folder / MAPPING_FILE
    mapping = (
        load_mapping(mapping_file)
        if mapping_file.exists() and mapping_file.stat().st_size
        else ColumnMapping()
    )
    report(5, "reading the list")
    found, first = read_preview(path, mapping, unmapped_ok=True)
    preview = ListPreview(
        table=found.table, header=found.header, columns=found.columns, rows=found.rows,
        rows_with_warnings=found.rows_with_warnings, error_count=len(found.errors),
        errors=found.errors[:SHOWN], warnings=found.warnings[:SHOWN], first=first,
        month_first=found.month_first,
    )  # fmt: skip
    return {"preview": asdict(preview), "summary": found.summary()}


def list_preview(case: Any, user: Any, token: str, path: Path) -> ListPreview | Job:
    """The preview of the upload ``token``, or the job still reading it (started if need be).

    A failed reading raises ``ListFileError`` with the job's message.
    """
    job = (
        Job.objects.restrict(user, "change")
        .filter(case=case, kind=KIND, parameters__token=token)
        .order_by("-pk")
        .first()
    )
    if job is None:
        job = submit(case=case, kind=KIND, acting_user=user,
                     parameters={"token": token, "file_name": path.name})  # fmt: skip
    job = refresh_interrupted(job)
    if job.status == Job.Status.FAILED:
        raise ListFileError(job.message or "the list could not be read")
    if job.status != Job.Status.DONE:
        return job
    return ListPreview.from_result((job.result or {})["preview"])
