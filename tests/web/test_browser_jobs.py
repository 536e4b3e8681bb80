"""A long job survives a killed server: after a restart it is shown failed with a retry
button (never "running" forever), and retried from the browser it finishes — once.

The real ``rightsledger serve`` (gunicorn and the job worker it starts) runs on its own SQLite
home; the whole process group is killed with SIGKILL while a list import runs.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_browser import (  # noqa: F401 (fixtures)
    CHROMIUM,
    PASSWORD,
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.own_database,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]
CLI = [sys.executable, "-m", "rightsledger.cli"]
ROWS = 25_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``rightsledger serve`` in a process group of its own, so all of it can be killed."""

    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        self.env, self.port, self.log = env, port, log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*CLI, "serve", "--port", str(self.port), "--workers", "1", "--jobs", "1"],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/login/", timeout=5):
                    return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise AssertionError(self.log.read_text(errors="replace")) from None
                time.sleep(0.3)

    def kill(self) -> None:
        """SIGKILL to the server, its web processes, the worker and its job processes at once."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Server, dict[str, str], str]]:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}  # fmt: skip
    # A short lease, and one attempt: the killed job is shown failed, for a person to retry.
    env.update(RIGHTSLEDGER_HOME=str(home), RIGHTSLEDGER_JOB_LEASE_SECONDS="3",
               RIGHTSLEDGER_JOB_ATTEMPTS="1")  # fmt: skip
    password = tmp_path / "pw"
    password.write_text(PASSWORD + "\n")
    subprocess.run([*CLI, "init", "--username", "admin", "--password-file", str(password)],
                   env=env, check=True, capture_output=True, timeout=300)  # fmt: skip
    slug = subprocess.run([*CLI, "case", "create", "Inquiry into Tamarisk", "--owner", "admin"],
                          env=env, check=True, capture_output=True, text=True,
                          timeout=120).stdout.strip()  # fmt: skip
    server = Server(env, free_port(), tmp_path / "serve.log")
    server.start()
    try:
        yield server, env, slug
    finally:
        server.stop()


def status(page: Any) -> str:
    return str(page.locator("#job-status").get_attribute("data-status"))


def wait_for_status(session: Session, url: str, wanted: set[str], seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            session.go(url)
            now = status(session.page)
        except Exception:  # the server is restarting: look again
            now = ""
        if now in wanted:
            return now
        time.sleep(1)
    raise AssertionError(f"the job did not become {wanted} in {seconds:g} s (last: {now!r})")


def test_a_job_killed_with_the_server_is_shown_failed_and_retried(
    browser: Any,  # noqa: F811 (the fixture imported above)
    served: tuple[Server, dict[str, str], str],
    tmp_path: Path,
) -> None:
    server, env, slug = served
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    listing = tmp_path / "committee.csv"
    with listing.open("w", encoding="utf-8") as handle:
        handle.write("full_name,status,age\n")
        for i in range(ROWS):
            handle.write(f"Person{i:07d} Family{i % 997},killed,{20 + i % 50}\n")
    me = Session(browser, f"http://127.0.0.1:{server.port}")
    page = me.page
    page.set_default_timeout(120_000)
    me.log_in("admin")

    # A long job: a list of 25,000 rows, read (previewed) and then imported by the worker.
    me.go(f"/c/{slug}/registry/import/")
    page.get_by_label(re.compile(r"^Source \(the organisation")).fill("Refugee committee")
    page.get_by_label(re.compile(r"^List file")).set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Import").wait_for()  # the preview job has read it
    page.get_by_role("button", name="Import").click()
    page.wait_for_url("**/jobs/*/")
    job_url = page.url.removeprefix(me.base)
    page.wait_for_selector('#job-status[data-status="running"]')
    page.screenshot(path=str(SCREENSHOTS / "job-running.png"))

    # The server, its web processes, the worker and the job's process die at once.
    server.kill()
    server.start()
    # Never "running" forever: once its lease runs out the job is failed, with a way on.
    assert wait_for_status(me, job_url, {"failed"}, 120) == "failed"
    assert "interrupted: the worker" in page.locator("pre").first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "job-failed-after-kill.png"))
    page.get_by_role("button", name="Retry").click()
    assert wait_for_status(me, job_url, {"done", "failed"}, 300) == "done"
    assert f"{ROWS} rows" in page.content()
    page.screenshot(path=str(SCREENSHOTS / "job-done-after-retry.png"))
    assert not me.problems, me.problems

    # The killed attempt wrote nothing: the list is in the record once.
    counted = subprocess.run([*CLI, "django", "shell", "-c", (
        "from rightsledger.registry.models import SourceRecord, ListImport;"
        "print(SourceRecord.objects.count(), ListImport.objects.count())")],
        env=env, check=True, capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    assert counted.strip().splitlines()[-1].split() == [str(ROWS), "1"]
    me.close()
