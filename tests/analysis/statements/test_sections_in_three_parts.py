"""A report's sections numbered in three parts ("2.4.1 The Commission …") count nothing: the
number is one token of its own, not a 2 opening the line. A section number of two parts and
a decimal count keep their readings. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_a_section_in_three_parts_is_no_count():
    text = (
        "2.4 Enforced disappearances\n"
        "2.4.1 The Commission has registered 415 persons as missing since the war."
    )
    assert counts(text) == [("missing", 415)]


def test_near_miss_a_count_after_the_section_still_reads():
    text = "5.1.3 Police detained 6 protesters on 2 May."
    assert counts(text) == [("detained", 6)]
