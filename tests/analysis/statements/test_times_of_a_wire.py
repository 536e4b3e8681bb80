"""A wire's flashes open their lines with the time in four digits ("2214 FLASH — …") and
number their updates ("0705 UPDATE 2 — …"): neither counts anyone, though a fate ends the line
before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


def test_the_time_and_the_update_number_after_a_fate_are_no_counts():
    text = (
        "RIVERA-FLOODS/ (wire)\n"
        "0705 FLASH — Dam breach near Olm; 14 people missing\n"
        "0930 UPDATE 1 — Rescuers say 6 villagers were killed\n"
        "1120 UPDATE 2 — 40 residents evacuated"
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("missing", 14),
        ("killed", 6),
        ("displaced", 40),
    ]


def test_four_digits_that_are_no_hour_stay_a_count():
    text = "Officials said the blast killed many.\n2450 PEOPLE WERE EVACUATED"
    assert ("displaced", 2450) in claim_fields(text, "en", _FIELDS)
