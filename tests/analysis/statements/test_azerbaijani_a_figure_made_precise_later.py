"""Azerbaijani: a figure the text says was made precise later ("30 ölü rəqəmi sonradan
dəqiqləşdirilib") was replaced, and is no claim; a count given as the precise one after
"dəqiqləşdirilib" stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_the_figure_made_precise_is_dropped():
    text = (
        "Kənddə 21 nəfər öldürülüb. İlkin məlumatda verilən 25 ölü rəqəmi sonradan dəqiqləşdirilib."
    )
    assert _read(text) == [("killed", 21)]


def test_near_miss_the_precise_count_stands():
    text = "Yaralıların sayı sonradan dəqiqləşdirilib və 17 nəfər olub."
    assert _read(text) == [("injured", 17)]
