"""A witness's headcount may follow the act after a colon as after a comma ("kəndi tərk
etdik: otuz ailə idik, yüz əllidən çox adam"): it takes that act. Testimony written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier"))


def test_a_headcount_after_a_colon_takes_the_act_before_it():
    text = "Axşam biz də kəndi tərk etdik: otuz ailə idik, yüz əllidən çox adam."
    assert _read(text) == [("displaced", 30, "exact"), ("displaced", 150, "at_least")]


def test_near_miss_a_headcount_after_a_colon_with_no_act_before_it():
    assert _read("Axşam hamımız bir yerə toplaşdıq: otuz ailə idik.") == []
