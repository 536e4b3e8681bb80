"""Lock files: on one machine, whether the process that holds a name is still alive.

A process that runs jobs holds an exclusive ``flock`` on ``HOME/workers/NAME.lock`` for its
whole life; the kernel releases it when the process ends, however it ends (even SIGKILL),
and never confuses it with a later process of the same id. SQLite serves one machine, so
there this tells a live worker whose heartbeat waits behind a long write transaction from a
dead one (see ``rightsledger.jobs.lease``).
"""

from __future__ import annotations

import fcntl
import os
import secrets
import socket
from pathlib import Path

from django.conf import settings


def lock_dir() -> Path:
    return Path(settings.HOME) / "workers"


def new_name() -> str:
    """A name for this process, unique across hosts and restarts."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


class ProcessLock:
    """An exclusive ``flock`` on ``HOME/workers/NAME.lock`` for as long as this process lives."""

    def __init__(self, name: str) -> None:
        from rightsledger.home import private_directory

        private_directory(lock_dir())
        self.path = lock_dir() / f"{name}.lock"
        while True:
            self._file = self.path.open("a")
            fcntl.flock(self._file, fcntl.LOCK_EX)  # a checker holds it for a moment at most
            # A checker may have removed the file between opening and locking it: lock the
            # file that is at the path, or a checker would find no lock and think us dead.
            try:
                if os.stat(self.path).st_ino == os.fstat(self._file.fileno()).st_ino:
                    break
            except FileNotFoundError:
                pass
            self._file.close()

    def release(self) -> None:
        self.path.unlink(missing_ok=True)
        self._file.close()


def lock_held(name: str) -> bool:
    """Whether the process called ``name`` on this machine still holds its lock file."""
    path = lock_dir() / f"{name}.lock"
    try:
        handle = path.open("r")
    except FileNotFoundError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    path.unlink(missing_ok=True)  # a dead process's file
    return False
