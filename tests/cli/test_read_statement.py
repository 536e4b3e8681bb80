"""``rightsledger read-statement``: drafts as JSON or text; accepting them into a case."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from rightsledger.records import models as rm

STATEMENT = (
    "В ночь с 25 на 26 февраля 1992 года погибли 613 мирных жителей, в том числе 106 женщин. "
    "Эти действия нарушают Конвенцию о правах ребёнка."
)


def test_json_has_the_shape_of_a_reading(run_cli, tmp_path: Path):
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    result = run_cli("read-statement", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "ru"
    assert [(c["category"], c["subgroup"], c["count"], c["parent"]) for c in data["claims"]] == [
        ("killed", "civilians", 613, None),
        ("killed", "women", 106, 0),
    ]
    claim = data["claims"][0]
    assert set(claim) >= {"category", "subgroup", "count", "count_low", "count_high",
                          "qualifier", "as_stated", "start", "end", "parent"}  # fmt: skip
    assert STATEMENT[claim["start"] : claim["end"]] == claim["as_stated"]
    assert data["dates"][0]["start"] == "1992-02-25"
    assert data["dates"][0]["end"] == "1992-02-26"
    assert data["dates"][0]["precision"] == "day"
    assert [i["code"] for i in data["instruments"]] == ["CRC"]


def test_a_file_that_is_not_text_is_a_clear_error(run_cli, tmp_path: Path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    result = run_cli("read-statement", str(path))
    assert result.returncode != 0
    assert "not UTF-8 text" in result.stderr
    missing = run_cli("read-statement", str(tmp_path / "nowhere.txt"))
    assert missing.returncode != 0
    assert "cannot read" in missing.stderr


def test_text_output_shows_parts_under_their_whole(tmp_path: Path):
    path = tmp_path / "s.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    out = StringIO()
    call_command("read-statement", str(path), "--language", "ru", stdout=out)
    lines = out.getvalue().splitlines()
    assert any(line.startswith("  [0] 613 killed") for line in lines)
    assert any(line.startswith("    [1] part of [0] 106 killed (women)") for line in lines)


@pytest.mark.django_db
def test_accept_records_the_claims_in_the_case(case, owner, tmp_path: Path):
    path = tmp_path / "s.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    out = StringIO()
    call_command("read-statement", str(path), "--case", case.slug, "--as", owner.username,
                 "--accept", "Ombudsman, 26 February", stdout=out)  # fmt: skip
    source = rm.Source.objects.get(case=case, title="Ombudsman, 26 February")
    claims = list(source.claims.order_by("pk"))
    assert [(c.count, c.parent_id) for c in claims] == [(613, None), (106, claims[0].pk)]
    assert "2 claims" in out.getvalue()


@pytest.mark.django_db
def test_accept_needs_a_case(tmp_path: Path):
    path = tmp_path / "s.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with pytest.raises(CommandError, match="--accept needs --case"):
        call_command("read-statement", str(path), "--accept", "T")


@pytest.mark.django_db
def test_a_stranger_cannot_accept_into_a_case(case, stranger, tmp_path: Path):
    path = tmp_path / "s.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("read-statement", str(path), "--case", case.slug,
                     "--as", stranger.username, "--accept", "T")  # fmt: skip
    assert not rm.Source.objects.filter(case=case).exists()
