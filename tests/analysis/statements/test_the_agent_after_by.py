""" "Shot dead by five soldiers", "samples provided by 212 relatives": a count right after
the "by" of a verb's doer counts who did it, no persons an act befell. "By" after a verb of
change ("rose by 12") or of what came next ("followed by") is read as before. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_the_doers_of_a_killing():
    text = "Two shepherds were shot dead by four soldiers near the ridge."
    assert _read(text) == [("killed", "all", 2)]


def test_the_doers_of_a_beating():
    text = "According to the report, 25 inmates were beaten by 8 guards in the yard."
    assert _read(text) == [("tortured", "all", 25)]


def test_the_givers_of_samples():
    text = "To date 40 victims have been identified with samples given by 150 relatives."
    assert _read(text) == [("identified", "all", 40)]


def test_near_miss_a_toll_that_rose_by_a_number():
    text = "The toll rose by 6 to 29 on Monday."
    assert _read(text) == [("killed", "all", 29)]
