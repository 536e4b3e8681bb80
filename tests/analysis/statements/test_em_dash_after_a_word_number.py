"""A number in words followed by a spaced em dash and a number in digits ("one of them — a
35-year-old driver", "biri — 35 yaşlı sürücü") sets a description apart: no range; two digits
round a spaced em dash stay a range. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high")


def test_a_word_number_and_an_age_make_no_range():
    text = "Yaralılardan biri — 35 yaşlı sürücü — sonradan xəstəxanada ölüb."
    assert all(c[2] is None for c in claim_fields(text, "az", FIELDS))


def test_digits_round_a_spaced_dash_are_a_range():
    text = "Between 40 — 60 people fled the valley."
    assert claim_fields(text, "en", FIELDS) == [("displaced", None, 40, 60)]
