"""Staging areas, where uploads wait before they are recorded, and cleaning them by age.

Two areas: the evidence store's ``tmp`` (a file being received and hashed) and the
registry's ``uploads`` (a list waiting for its preview and confirmation).  Anything left
there longer than ``RIGHTSLEDGER_STAGING_MAX_AGE_HOURS`` is an orphan: an upload refused
after it was received, an upload cut off when its process was killed, a list never
confirmed.  Orphans are removed when ``serve`` starts and by the job worker (at most once
an hour), and ``verify`` lists them.  Work in progress keeps its files fresh: a receiving
upload writes, and the list jobs touch their folder when they start.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.text import get_valid_filename

logger = logging.getLogger(__name__)
SWEEP_INTERVAL_SECONDS = 3600
_last_sweep = 0.0
_sweep_lock = threading.Lock()


@dataclass(frozen=True)
class Orphan:
    path: Path
    size: int
    age_seconds: float

    def __str__(self) -> str:
        return f"{self.path} ({self.size:,} bytes, untouched for {self.age_seconds / 3600:,.1f} h)"


def upload_dir() -> Path:
    return Path(settings.HOME) / "uploads"


def stage_upload(uploaded: Any, default_name: str) -> tuple[str, Path, str]:
    """Write a browser upload into a fresh folder of the uploads area, where it waits for
    its preview and confirmation: the folder's token, the folder and the file's safe name."""
    token = uuid.uuid4().hex
    folder = upload_dir() / token
    folder.mkdir(parents=True)
    name = get_valid_filename(Path(uploaded.name).name) or default_name
    with (folder / name).open("wb") as out:
        for chunk in uploaded.chunks():
            out.write(chunk)
    return token, folder, name


def staging_areas() -> list[Path]:
    from rightsledger.evidence.store import get_store

    return [get_store().tmp_dir, upload_dir()]


def max_age_seconds() -> float:
    return float(settings.STAGING_MAX_AGE_HOURS) * 3600


def find_orphans(*, now: float | None = None) -> list[Orphan]:
    """Entries of the staging areas untouched (nothing in them changed) for too long."""
    now = time.time() if now is None else now
    oldest_allowed = now - max_age_seconds()
    found = []
    for area in staging_areas():
        if not area.is_dir():
            continue
        for entry in sorted(area.iterdir()):
            try:
                newest, size = _newest_and_size(entry)
            except FileNotFoundError:  # removed meanwhile (committed, discarded)
                continue
            if newest < oldest_allowed:
                found.append(Orphan(entry, size, now - newest))
    return found


def sweep(*, now: float | None = None) -> list[Orphan]:
    """Remove the orphans; what was removed."""
    removed = []
    for orphan in find_orphans(now=now):
        try:
            if orphan.path.is_dir() and not orphan.path.is_symlink():
                shutil.rmtree(orphan.path)
            else:
                orphan.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            logger.warning("staging: cannot remove %s: %s", orphan.path, exc)
            continue
        logger.info("staging: removed %s", orphan)
        removed.append(orphan)
    return removed


def sweep_now_and_then() -> list[Orphan]:
    """``sweep()``, at most once per ``SWEEP_INTERVAL_SECONDS`` in this process."""
    global _last_sweep
    with _sweep_lock:
        if time.monotonic() - _last_sweep < SWEEP_INTERVAL_SECONDS and _last_sweep:
            return []
        _last_sweep = time.monotonic()
    return sweep()


def _newest_and_size(entry: Path) -> tuple[float, int]:
    status = entry.lstat()
    newest, size = status.st_mtime, status.st_size
    if entry.is_dir() and not entry.is_symlink():
        for inner in entry.rglob("*"):
            try:
                inner_status = inner.lstat()
            except FileNotFoundError:
                continue
            newest = max(newest, inner_status.st_mtime)
            size += inner_status.st_size if inner.is_file() else 0
    return newest, size
