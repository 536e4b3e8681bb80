"""Real ``rightsledger worker`` processes: a job whose process is killed is taken back and
finished, once; two workers on one PostgreSQL never run one job twice."""

from __future__ import annotations

import collections
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CLI = [sys.executable, "-m", "rightsledger.cli"]
STARTED = re.compile(r"job (\d+) \(([\w-]+)\) started by (\S+), attempt (\d+)")


def write_list(folder: Path, rows: int) -> None:
    folder.mkdir(parents=True)
    with (folder / "list.csv").open("w", encoding="utf-8") as handle:
        handle.write("full_name,status,age\n")
        for i in range(rows):
            handle.write(f"Person{i:07d} Family{i % 997},killed,{20 + i % 50}\n")


class Workers:
    """Worker processes started by a test, each in its own session, always stopped after."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen([*CLI, "worker", "--interval", "0.2", *args], env=self.env,
                                   stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def wait_for(condition: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"waited {seconds:g} s for {what}")


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Callable[[dict[str, str]], Workers]]:
    made: list[Workers] = []

    def make(env: dict[str, str]) -> Workers:
        made.append(Workers(env, tmp_path))
        return made[-1]

    yield make
    for group in made:
        group.stop()


@pytest.mark.own_database
def test_a_killed_job_process_is_replaced_and_its_job_finished_once(
    tmp_path: Path, workers: Callable[[dict[str, str]], Workers]
) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(RIGHTSLEDGER_HOME=str(home), RIGHTSLEDGER_JOB_LEASE_SECONDS="3",
               RIGHTSLEDGER_JOB_ATTEMPTS="2")  # fmt: skip
    password = tmp_path / "pw"
    password.write_text("a-Long-enough-passphrase-7\n")

    def cli(*args: str) -> str:
        done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True,
                              timeout=300, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("init", "--username", "admin", "--password-file", str(password))
    slug = cli("case", "create", "Workers", "--owner", "admin").strip()
    rows = 25_000
    write_list(home / "uploads" / "tok1", rows)
    submitted = cli("django", "shell", "-c", (
        "from django.contrib.auth.models import User; from rightsledger.cases.models import Case;"
        "from rightsledger.jobs.runner import submit;"
        f"job = submit(case=Case.objects.get(slug='{slug}'), kind='import-list',"
        " acting_user=User.objects.get(username='admin'), parameters={'token': 'tok1',"
        " 'file_name': 'list.csv', 'source_title': 'Committee',"
        " 'columns': {'full_name': 'full_name', 'status': 'status', 'age': 'age'}});"
        "print(job.pk)"
    ))  # fmt: skip
    job_id = submitted.strip().splitlines()[-1]
    group = workers(env)
    group.start("worker")

    def job() -> dict[str, Any]:
        return dict(json.loads(cli("job", "show", job_id, "--json", "--as", "admin")))

    running = wait_for(lambda: (j := job())["status"] == "running" and j, 120, "the job to run")
    pid = int(running["worker"].rsplit("-", 2)[1])  # its job process: host-PID-random
    os.kill(pid, signal.SIGKILL)
    finished = wait_for(lambda: (j := job())["status"] in {"done", "failed"} and j, 300,
                        "the job to finish")  # fmt: skip
    assert finished["status"] == "done", finished["message"]
    assert finished["attempts"] == 2
    assert f"{rows} rows" in finished["result"]["summary"]
    log = group.log("worker")
    # Taken back by the worker's housekeeping or by the command looking at it, whichever came
    # first; the replaced job process started it again.
    assert re.search(rf"job process {pid} ended \(status -9\)", log)
    assert re.search(rf"job {job_id} \(import-list\) started by \S+, attempt 2", log)
    # The killed attempt's transaction was rolled back: the list was imported once.
    counted = cli("django", "shell", "-c", (
        "from rightsledger.registry.models import SourceRecord, ListImport;"
        "print(SourceRecord.objects.count(), ListImport.objects.count())"
    ))  # fmt: skip
    assert counted.strip().splitlines()[-1].split() == [str(rows), "1"]
    # Stopped, a worker ends its job processes and forgets itself.
    group.processes[0].terminate()
    assert group.processes[0].wait(timeout=40) == 0
    assert "stopped" in group.log("worker")


@pytest.fixture
def on_postgres(transactional_db: None) -> str:
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("several workers share one PostgreSQL (SQLite serves one machine)")
    settings = connection.settings_dict
    return (f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}")  # fmt: skip


def test_two_workers_on_one_postgresql_never_run_a_job_twice(
    on_postgres: str, tmp_path: Path, workers: Callable[[dict[str, str]], Workers],
    settings: Any,
) -> None:  # fmt: skip
    from rightsledger.cases.actions import create_case
    from rightsledger.jobs.models import Job
    from rightsledger.jobs.runner import submit
    from tests.conftest import make_user

    owner = make_user("two-workers")
    case = create_case(name="Two workers", owner=owner)
    jobs = [submit(case=case, kind="recount-figures", acting_user=owner,
                   parameters={"version": n, "timeout": 60}) for n in range(40)]  # fmt: skip
    env = {**os.environ, "DATABASE_URL": on_postgres, "RIGHTSLEDGER_HOME": str(tmp_path / "h")}
    group = workers(env)
    group.start("a", "--concurrency", "2")
    group.start("b", "--concurrency", "2")
    ids = [j.pk for j in jobs]
    wait_for(lambda: not Job.objects.filter(pk__in=ids).exclude(status="done").exists(), 240,
             "every job to be done")  # fmt: skip
    starts = [STARTED.search(line) for name in ("a", "b") for line in group.log(name).splitlines()]
    started = collections.Counter(int(m.group(1)) for m in starts if m)
    assert started == dict.fromkeys(ids, 1), "a job ran twice, or not at all"
    assert set(Job.objects.filter(pk__in=ids).values_list("attempts", flat=True)) == {1}


def test_a_job_of_a_killed_worker_is_finished_by_another(
    on_postgres: str, tmp_path: Path, workers: Callable[[dict[str, str]], Workers],
    settings: Any,
) -> None:  # fmt: skip
    from rightsledger.cases.actions import create_case
    from rightsledger.jobs.models import Job
    from rightsledger.jobs.runner import submit
    from rightsledger.registry.models import SourceRecord
    from tests.conftest import make_user

    home = tmp_path / "h"
    rows = 25_000
    write_list(home / "uploads" / "tok2", rows)
    owner = make_user("killed-worker")
    case = create_case(name="Killed worker", owner=owner)
    env = {**os.environ, "DATABASE_URL": on_postgres, "RIGHTSLEDGER_HOME": str(home),
           "RIGHTSLEDGER_JOB_LEASE_SECONDS": "3"}  # fmt: skip
    group = workers(env)
    first = group.start("first")
    job = submit(case=case, kind="import-list", acting_user=owner, parameters={
        "token": "tok2", "file_name": "list.csv", "source_title": "Committee",
        "columns": {"full_name": "full_name", "status": "status", "age": "age"}})  # fmt: skip
    wait_for(lambda: Job.objects.filter(pk=job.pk, status="running").exists(), 120,
             "the first worker to start the job")  # fmt: skip
    # The whole first worker dies at once, as a host would: supervisor and job process.
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    group.start("second")
    wait_for(lambda: Job.objects.filter(pk=job.pk, status__in=["done", "failed"]).exists(), 300,
             "another worker to finish the job")  # fmt: skip
    job.refresh_from_db()
    assert job.status == "done", job.message
    assert job.attempts == 2
    assert "took back job" in group.log("second")
    assert SourceRecord.objects.filter(case=case).count() == rows
