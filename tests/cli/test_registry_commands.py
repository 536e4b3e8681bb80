"""The registry's commands end to end, as a user runs them: import, link, review, stats,
export, estimate."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rightsledger.analysis.simulate import simulate

CLI = Callable[..., Any]

# The same on every backend run: the command uses its own SQLite home.
pytestmark = pytest.mark.own_database


@pytest.fixture
def ready(run_cli: CLI, initialised: Path, tmp_path: Path) -> Path:
    assert run_cli("case", "create", "Valley inquiry").returncode == 0
    lists = tmp_path / "lists"
    simulate(people=150, lists=3, seed=5).write(lists)
    return lists


def test_import_link_stats_export_estimate(run_cli: CLI, ready: Path, tmp_path: Path) -> None:
    names = sorted(p.stem for p in ready.glob("*.csv") if p.stem not in {"truth", "population"})
    for name in names:
        result = run_cli("import-list", "--case", "valley-inquiry", "--source", name,
                         str(ready / f"{name}.csv"))  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Imported" in result.stdout
    again = run_cli("import-list", "--case", "valley-inquiry", "--source", names[0],
                    str(ready / f"{names[0]}.csv"))  # fmt: skip
    assert again.returncode == 1
    assert "already imported" in again.stderr

    linked = run_cli("link", "--case", "valley-inquiry")
    assert linked.returncode == 0, linked.stderr
    assert "persons" in linked.stdout and "awaiting review" in linked.stdout  # noqa: PT018

    stats = run_cli("stats", "--case", "valley-inquiry", "--json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert figures["figures"]["killed"] > 0
    killed_row = next(row for row in figures["rows"] if row["key"] == "killed")
    assert set(killed_row["by_source"]) == set(names)

    exported = run_cli("export", "persons", "--case", "valley-inquiry", "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert {r["source"] for r in rows} == set(names)
    assert all(r["person_id"] for r in rows)
    assert len({r["person_id"] for r in rows}) == figures["persons"]

    review = run_cli("review", "list", "--case", "valley-inquiry", "--limit", "1")
    assert review.returncode == 0
    assert "pairs awaiting review" in review.stdout

    estimate = run_cli("estimate", "--case", "valley-inquiry", "--method", "loglinear",
                       "--status", "killed", "--json")  # fmt: skip
    assert estimate.returncode == 0, estimate.stderr
    result = json.loads(estimate.stdout)
    assert result["observed"] == figures["figures"]["killed"]
    assert result["estimate"] >= result["observed"]

    # Each ran through a job of the case, as from the browser: the jobs page lists them.
    jobs = run_cli("job", "list", "--case", "valley-inquiry")
    assert jobs.returncode == 0, jobs.stderr
    done = [line.split("\t")[1] for line in jobs.stdout.splitlines() if "\tdone\t" in line]
    assert sorted(done) == sorted(["import-list"] * len(names) + ["link", "estimate"])


def test_import_refuses_invalid_rows_and_writes_nothing(
    run_cli: CLI, ready: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("record_id,full_name,status\n1,Rauf Hüseynov,killed\n2,,killed\n",
                   encoding="utf-8")  # fmt: skip
    result = run_cli("import-list", "--case", "valley-inquiry", "--source", "S", str(bad))
    assert result.returncode == 1
    assert "row 2: error: no name at all" in result.stderr
    assert "nothing was imported" in result.stderr
    skipped = run_cli("import-list", "--case", "valley-inquiry", "--source", "S", str(bad),
                      "--skip-invalid")  # fmt: skip
    assert skipped.returncode == 0
    assert "Imported 1 records" in skipped.stdout


def test_a_user_outside_the_case_cannot_import(run_cli: CLI, ready: Path, tmp_path: Path) -> None:
    password = tmp_path / "pw2"
    password.write_text("another-Long-passphrase-9\n")
    run_cli("init", "--username", "outsider", "--password-file", str(password))
    # init creates superusers; an administrator is not a member of the case all the same.
    result = run_cli("import-list", "--case", "valley-inquiry", "--source", "S",
                     str(next(ready.glob("*.csv"))), "--as", "outsider")  # fmt: skip
    assert result.returncode == 1
    assert "no case 'valley-inquiry' in which outsider may change" in result.stderr


def test_estimate_from_a_table_and_bad_tables(run_cli: CLI, tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "A,B,C,count\n1,0,0,30\n0,1,0,25\n0,0,1,20\n1,1,0,8\n1,0,1,6\n0,1,1,5\n1,1,1,2\n"
    )
    ok = run_cli("estimate", str(table), "--method", "loglinear", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["observed"] == 96
    table.write_text("A,B,count\n1,0,-3\n0,1,4\n")
    bad = run_cli("estimate", str(table))
    assert bad.returncode == 1
    assert "negative" in bad.stderr.lower()
