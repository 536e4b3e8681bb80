"""The data directory and the embedded database are readable by their owner only.

The data directory holds the secret key, the SQLite database (names of victims and
witnesses), staged uploads and the evidence store: nobody else on the machine may list or
read it. A directory the installation made is made 0700 and its database file 0600 before
SQLite first opens it (SQLite gives its -wal and -shm files the database file's mode). An
existing directory is tightened only when it belongs to this user and is not a shared one
(a sticky directory such as /tmp is never changed).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600


def _ours(status: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or status.st_uid == os.geteuid()


def private_directory(path: Path) -> Path:
    """Make ``path`` (and missing parents) and leave it 0700 where it is ours to change."""
    path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    status = path.stat()
    shared = status.st_mode & stat.S_ISVTX
    if _ours(status) and not shared and stat.S_IMODE(status.st_mode) != DIRECTORY_MODE:
        path.chmod(DIRECTORY_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing, or tighten it to 0600 if ours."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        status = path.stat()
        if _ours(status) and stat.S_IMODE(status.st_mode) != FILE_MODE:
            path.chmod(FILE_MODE)
    else:
        os.close(descriptor)
    return path
