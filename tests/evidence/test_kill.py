"""SIGKILL at random moments during large uploads and bag exports.

After every kill: no partial object is visible (every stored object is complete and named by
its own hash; an export directory is either absent or a complete, valid bag), `verify`
passes, and the retried operation completes.  ROUNDS kills of each kind (the issue's 50 in
total); the files are modest and the kills fast so the test stays quick.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest

ROUNDS = int(os.environ.get("RIGHTSLEDGER_KILL_ROUNDS", "25"))
FILE_BYTES = 48 * 1024 * 1024


def start(home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["RIGHTSLEDGER_HOME"] = str(home)
    return subprocess.Popen(
        [sys.executable, "-m", "rightsledger.cli", *args, "--as", "admin"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def timed_run(process: subprocess.Popen[bytes]) -> float:
    """Seconds an unkilled run takes, so kills land inside a run on fast and slow machines alike."""
    began = time.monotonic()
    assert process.wait() == 0
    return time.monotonic() - began


def kill_at_random(process: subprocess.Popen[bytes], rng: random.Random, duration: float) -> bool:
    """True if the process was killed (rather than finishing first).

    The moment is drawn within ``duration``, what an unkilled run takes: a fixed window would
    miss most runs on a machine where the command finishes sooner.
    """
    deadline = time.monotonic() + rng.uniform(0.05, 0.9) * duration
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return killed


def kill_rounds(launch: Callable[[int], subprocess.Popen[bytes]], rng: random.Random,
                duration: float, after_each: Callable[[int], None]) -> int:  # fmt: skip
    """Start ``launch(attempt)`` and kill it at a random moment until ROUNDS runs were killed
    (at most 3 x ROUNDS attempts); ``after_each`` checks the state after every attempt.

    A run that finished before its moment came says the machine is faster now than when
    ``duration`` was measured (a shared machine's load changes): later moments are drawn
    within the shortest run seen.
    """
    kills = attempts = 0
    while kills < ROUNDS and attempts < 3 * ROUNDS:
        began = time.monotonic()
        if kill_at_random(launch(attempts), rng, duration):
            kills += 1
        else:
            duration = min(duration, time.monotonic() - began)
        after_each(attempts)
        attempts += 1
    return kills


def assert_no_partial_object(home: Path) -> None:
    objects = home / "evidence" / "objects"
    for path in objects.rglob("*") if objects.exists() else []:
        if path.is_file():
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            assert digest.hexdigest() == path.name, f"partial object {path}"


def make_file(path: Path, round_number: int) -> None:
    block = hashlib.sha512(str(round_number).encode()).digest() * (1 << 14)  # 1 MiB
    with open(path, "wb") as handle:
        for _ in range(FILE_BYTES // len(block)):
            handle.write(block)


@pytest.mark.slow
def test_kills_during_upload_and_export(
    run_cli: Callable[..., subprocess.CompletedProcess[str]], initialised: Path, tmp_path: Path
) -> None:
    rng = random.Random(4)
    home = initialised
    assert run_cli("case", "create", "Kill test", "--owner", "admin").stdout.strip() == "kill-test"

    def verify_ok() -> None:
        result = run_cli("verify")
        assert result.returncode == 0, result.stdout + result.stderr

    upload = tmp_path / "video.bin"
    make_file(upload, -1)
    upload_seconds = timed_run(start(home, "evidence", "add", "--case", "kill-test", "--quiet",
                                     str(upload)))  # fmt: skip

    def upload_from(attempt: int) -> subprocess.Popen[bytes]:
        make_file(upload, attempt)
        return start(home, "evidence", "add", "--case", "kill-test", "--quiet", str(upload))

    def after_upload(attempt: int) -> None:
        assert_no_partial_object(home)
        if attempt % 8 == 7:
            verify_ok()

    assert kill_rounds(upload_from, rng, upload_seconds, after_upload) == ROUNDS
    retried = run_cli("evidence", "add", "--case", "kill-test", "--quiet", str(upload))
    assert retried.returncode == 0, retried.stderr
    verify_ok()

    export_seconds = timed_run(
        start(home, "export", "bag", "--case", "kill-test", str(tmp_path / "bag-timed"))
    )

    def export_to(attempt: int) -> subprocess.Popen[bytes]:
        return start(home, "export", "bag", "--case", "kill-test", str(tmp_path / f"bag-{attempt}"))

    def after_export(attempt: int) -> None:
        for bag in (p for p in tmp_path.iterdir() if p.name.startswith("bag-")):
            bagit.Bag(str(bag)).validate(fast=True)  # absent, or a complete and valid bag
        if attempt % 8 == 7:
            verify_ok()

    assert kill_rounds(export_to, rng, export_seconds, after_export) == ROUNDS
    out = tmp_path / "bag-retry"
    retried = run_cli("export", "bag", "--case", "kill-test", str(out))
    assert retried.returncode == 0, retried.stderr
    bagit.Bag(str(out)).validate()
    verify_ok()
