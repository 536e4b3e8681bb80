"""Making a case file: the one way a file is rendered, and the way a made file is kept.

``render`` writes a case file for a user to a stream (the command line's ``--output``);
``make_report`` renders into the reports store, names the file by its SHA-256 and records
it (a history entry: who made which file, for what purpose and recipient).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.utils import translation

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.protection.disclosure import may_reveal
from rightsledger.records.models import Event, Person
from rightsledger.reports.casefile import CaseFile, ReportError, build, check_options
from rightsledger.reports.models import Report
from rightsledger.reports.pages import RecordPage

Progress = Callable[[int, str], None]


def store_dir() -> Path:
    return Path(getattr(settings, "REPORTS_DIR", None) or settings.HOME / "reports")


def render(case: Case, user: Any, stream: IO[bytes], *, event: Event | None = None,
           fmt: str = "pdf", purpose: str = "internal", recipient: str = "",
           language: str = "en", progress: Progress | None = None) -> CaseFile:  # fmt: skip
    """Write the case file of ``case`` as ``user`` sees it; returns what was written."""
    check_options(fmt=fmt, purpose=purpose, recipient=recipient, language=language)
    report = progress or (lambda percent, message: None)
    with translation.override(language):
        report(5, "reading the record")
        doc = build(case, user, event=event, purpose=purpose, recipient=recipient,
                    language=language, fmt=fmt)  # fmt: skip
        total = max(doc.victims_count, 1)
        report(30, f"laying out {doc.victims_count} victims")

        def rows_done(done: int) -> None:
            report(30 + int(65 * done / total), f"victims: {done} of {doc.victims_count}")

        if fmt == "pdf":
            from rightsledger.reports import pdf

            pdf.write(doc, stream, progress=rows_done)
        else:
            from rightsledger.reports import html

            html.write(doc, stream, progress=rows_done)
    return doc


def render_page(case: Case, user: Any, record: Any, stream: IO[bytes], *,
                language: str = "en") -> RecordPage:  # fmt: skip
    """Write one record's page as PDF: the dossier of a person or the page of an event,
    as ``user`` sees it (``record`` fetched through ``get_restricted_or_404``)."""
    from rightsledger.reports import pages, pages_pdf

    check_options(fmt="pdf", purpose="internal", recipient="", language=language)
    with translation.override(language):
        read = pages.person if isinstance(record, Person) else pages.event
        page = read(case, user, record, language=language)
        pages_pdf.write(page, stream)
    return page


def make_report(case: Case, user: Any, *, event: Event | None = None, fmt: str = "pdf",
                purpose: str = "internal", recipient: str = "", language: str = "en",
                progress: Progress | None = None) -> Report:  # fmt: skip
    """Render a case file into the store and record it with its SHA-256."""
    case = Case.objects.get_restricted_or_404(user, "analyze", pk=case.pk)
    if event is not None and event.case_id != case.pk:
        raise ReportError("the event is not of this case")
    folder = store_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=folder, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as stream:
            doc = render(case, user, stream, event=event, fmt=fmt, purpose=purpose,
                         recipient=recipient, language=language, progress=progress)  # fmt: skip
            stream.flush()
            os.fsync(stream.fileno())
        digest, size = _sha256(Path(partial))
        target = stored_path(digest, fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.unlink(partial)  # the same bytes are kept once
        else:
            os.chmod(partial, 0o444)
            os.replace(partial, target)
    except BaseException:
        if os.path.exists(partial):
            os.unlink(partial)
        raise
    return create_object(
        Report, acting_user=user, case=case, event=event, format=fmt, purpose=purpose,
        recipient=recipient.strip(), language=language, record_sequence=doc.head.sequence,
        record_hash=doc.head.entry_hash, sha256=digest, size=size,
        discloses_identities=purpose == "internal" and may_reveal(user, case.pk),
        created_by=user if getattr(user, "pk", None) else None,
        created_at=dt.datetime.now(tz=dt.UTC),
    )  # fmt: skip


def stored_path(sha256: str, fmt: str) -> Path:
    return store_dir() / "objects" / sha256[:2] / f"{sha256}.{fmt}"


def _sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
