"""An Azerbaijani fraction written with a slash, a smaller number over a larger one of ten at
most, then a possessive ("ölənlərin 2/3-si", two thirds of the dead), is a share, not two
counts; counts paired by slashes after acts so paired are still read.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yaralananların 3/4-ü mülki şəxslərdir.", "az"),
        ("Saxlanılanların 1/5-i yetkinlik yaşına çatmayanlardır.", "az"),
    ],
)
def test_a_share_is_no_count(text: str, language: str) -> None:
    assert claim_fields(text, language, FIELDS) == []


def test_near_miss_counts_paired_by_slashes() -> None:
    assert claim_fields("Həlak olub/yaralanıb: 2/7", "az", FIELDS) == [
        ("killed", 2),
        ("injured", 7),
    ]
