"""A bare count opening the clause after a semicolon, beside a part of a whole, is another
part of it when the two fit, in Russian and Azerbaijani as in English ("Of the 40 hostages,
31 were freed; 6 were killed"); a count that is not the clause's first word («число
погибших возросло до пяти») is not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 40 hostages, 31 were freed at dawn; 6 were killed.", "en"),
        ("Из 40 заложников 31 освобождён на рассвете; шестеро погибли.", "ru"),
        ("40 girovdan 31-i səhər azad edilib; 6-sı həlak olub.", "az"),
    ],
)
def test_a_part_after_a_semicolon(text: str, language: str) -> None:
    assert claim_fields(text, language, FIELDS) == [
        ("captured", 40, None),
        ("released", 31, 0),
        ("killed", 6, 0),
    ]


def test_near_miss_a_count_inside_its_clause() -> None:
    text = "Ранены 17 человек, из них один скончался в больнице; число погибших возросло до пяти."
    assert ("killed", 5, None) in claim_fields(text, "ru", FIELDS)
