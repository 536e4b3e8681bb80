""" "approx. 95,000": the abbreviation with its full stop qualifies the number after it as
"approximately" does, in a list row as in a sentence. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


def test_approx_in_a_sentence():
    text = "Flooding has displaced approx. 7,400 people in the lowlands this month."
    assert _read(text) == [("displaced", 7400, "about")]


def test_approx_in_a_list_row():
    text = "Overview of the week:\n- Injured: 310\n- Displaced: approx. 12,000"
    assert _read(text) == [("injured", 310, "exact"), ("displaced", 12000, "about")]


def test_near_miss_a_full_stop_ends_a_sentence_before_a_count():
    text = "The figures are approximate. 52 people were displaced."
    assert _read(text) == [("displaced", 52, "exact")]
