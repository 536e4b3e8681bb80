"""A count before a colon and a space is a count, not the hours of a time ("10:30"): "the
number of the missing fell to 213: 40 were found alive". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_a_toll_before_a_colon():
    text = "По данным штаба, число пропавших без вести выросло до 318: поиски продолжаются."
    assert _read(text, "ru") == [("missing", "all", 318, None)]


def test_near_miss_a_time_written_without_a_space():
    text = "В 14:20 в селе были ранены 6 человек."
    assert _read(text, "ru") == [("injured", "all", 6, None)]
