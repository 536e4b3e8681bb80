"""Azerbaijani writes the ordinal ending once, on the last number of a range: "12–40-cı
səhifələrdə" (on pages 12 to 40). The first number is an ordinal too and counts no one; a
range of counts ("12–40 nəfər") has no ending. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "count_low", "count_high"))


def test_pages_of_the_names_of_the_dead():
    text = "Öldürülənlərin siyahısı məruzənin 12–40-cı səhifələrində verilib."
    assert _read(text) == []


def test_near_miss_a_range_of_counts():
    text = "Atəş nəticəsində 12–40 nəfər öldürülüb."
    assert _read(text) == [("killed", None, 12, 40)]
