"""`rightsledger serve` runs a real WSGI server that answers over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

# The same on every backend run: the command uses its own SQLite home.
pytestmark = pytest.mark.own_database


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_http(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["RIGHTSLEDGER_HOME"] = str(tmp_path)
    cli = [sys.executable, "-m", "rightsledger.cli"]
    subprocess.run([*cli, "init"], env=env, check=True, capture_output=True, timeout=300)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--port", str(port), "--workers", "1"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=5) as r:
                    body = r.read().decode()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert "csrfmiddlewaretoken" in body
        assert "gunicorn" in (server.stdout.read1(65536).decode() if server.stdout else "")  # type: ignore[attr-defined]
    finally:
        server.terminate()
        server.wait(timeout=30)
