"""How long ``rightsledger`` commands take to start, against Python and Django themselves.

Each command runs as a fresh process (as a person types it) on an initialised SQLite home,
``--repeats`` times; the median and the worst wall-clock time are printed with the CPU time
the process used (wall time on a shared machine includes waiting for a core). Baselines in
the same run: ``python -c pass``, ``python -c "import django"`` and Django set up with the
project's settings and apps (what every command must do before it starts).

    python bench/cli_start.py [--repeats 7] [--every-help]

``--every-help`` also times ``rightsledger COMMAND --help`` for every command (the parser
is built, nothing is run).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
TARGET_SECONDS = 1.0


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(label: str, command: list[str], env: dict[str, str], repeats: int) -> float:
    timed(command, env)  # warm the file cache and the bytecode cache
    runs = [timed(command, env) for _ in range(repeats)]
    walls = [w for w, _ in runs]
    cpus = [c for _, c in runs]
    median = statistics.median(walls)
    verdict = "" if label.startswith("baseline") else (
        "  ok" if median < TARGET_SECONDS else "  over 1 s")  # fmt: skip
    print(f"{label:<44} {median:6.2f} {max(walls):6.2f} {statistics.median(cpus):6.2f}{verdict}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="Runs of each command.")
    parser.add_argument("--every-help", action="store_true",
                        help="Also time COMMAND --help for every command.")  # fmt: skip
    options = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rightsledger-cli-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(RIGHTSLEDGER_HOME=str(home), DJANGO_SETTINGS_MODULE="rightsledger.settings")
    password = home / "pw"
    password.write_text("a-Long-enough-passphrase-7\n")
    cli = [PYTHON, "-m", "rightsledger.cli"]
    subprocess.run([*cli, "init", "--username", "admin", "--password-file", str(password)],
                   env=env, check=True, capture_output=True)  # fmt: skip
    subprocess.run([*cli, "case", "create", "Bench"], env=env, check=True, capture_output=True)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{options.repeats} runs each; seconds")  # fmt: skip
    print(f"{'command':<44} {'median':>6} {'worst':>6} {'cpu':>6}")
    measure("baseline: python -c pass", [PYTHON, "-c", "pass"], env, options.repeats)
    measure("baseline: python -c 'import django'", [PYTHON, "-c", "import django"], env,
            options.repeats)  # fmt: skip
    measure("baseline: django.setup() with our settings",
            [PYTHON, "-c", "import django; django.setup()"], env, options.repeats)  # fmt: skip
    commands = [
        ["--help"],
        ["case", "list"],
        ["job", "list", "--case", "bench"],
        ["catalogue", "--instrument", "CAT"],
        ["stats", "--case", "bench"],
        ["worker", "--help"],
    ]
    if options.every_help:
        listing = subprocess.run([*cli, "--help"], env=env, check=True, capture_output=True,
                                 text=True).stdout  # fmt: skip
        names = [line.split()[0] for line in listing.split("commands:")[1].split("\n\n")[0]
                 .strip().splitlines()]  # fmt: skip
        commands += [[name, "--help"] for name in names]
    for args in commands:
        measure(f"rightsledger {' '.join(args)}", [*cli, *args], env, options.repeats)


if __name__ == "__main__":
    main()
