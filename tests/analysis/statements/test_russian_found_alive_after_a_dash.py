"""«12 найдены погибшими, 9 — живыми»: the dash stands for the verb left out, and «живыми» is
the second clause's own complement — found alive, no figure. The found dead stay, and a
dash before «погибшими» keeps its count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_count_found_alive_after_a_dash_is_no_figure():
    assert claim_fields("Из 30 пропавших 12 найдены погибшими, 9 — живыми.", "ru") == [
        ("missing", "all", 30, None, None, "exact", None),
        ("found_dead", "all", 12, None, None, "exact", 0),
    ]


def test_the_count_found_dead_after_a_dash_stays():
    assert claim_fields("Из 30 пропавших 12 найдены живыми, 9 — погибшими.", "ru") == [
        ("missing", "all", 30, None, None, "exact", None),
        ("found_dead", "all", 9, None, None, "exact", 0),
    ]
