"""Two written forms of notes and tables: "incl." is "including" and does not end the
sentence; digits written on to one capital letter ("Q3", "H1", "cell B4") are a code, no
count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_incl_opens_a_part():
    text = "Twelve people were hurt in the crush, incl. 5 children."
    assert claim_fields(text, "en", FIELDS) == [
        ("injured", "all", 12, None),
        ("injured", "children", 5, 0),
    ]


def test_a_quarter_written_as_a_code_is_no_count():
    text = "In Q3, 48 people were detained at the border."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 48, None)]


def test_a_capital_standing_apart_from_its_number_is_no_code():
    # Near miss: "Block A 12 residents": a space stands between the letter and the count.
    text = "In Block A 12 residents were detained."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 12)]
