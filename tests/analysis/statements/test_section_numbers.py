"""A section number with its chapter's ("3.3", "4.2.1") that opens a line before a
capitalised word numbers the section: no decimal count, and the first clause of its
sentence begins after it ("3.3 Of the 600, 450 …" is a partitive). A decimal inside a
sentence stays what it was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_partitive_after_a_section_number():
    text = (
        "4.1 Monitors recorded the arrest of 600 people during the strike.\n\n"
        "4.2 Of the 600, 450 had been released by the end of May."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 600, None), ("released", 450, 0)]


def test_a_partitive_after_a_paragraph_number_reads_the_same():
    text = (
        "4. Monitors recorded the arrest of 600 people during the strike.\n\n"
        "5. Of the 600, 450 had been released by the end of May."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 600, None), ("released", 450, 0)]


def test_near_miss_a_decimal_inside_a_sentence_is_no_section():
    text = "Monitors recorded the arrest of 600 people, 3.5 times as many as in May."
    assert claim_fields(text, "en", FIELDS) == [("detained", 600, None)]
