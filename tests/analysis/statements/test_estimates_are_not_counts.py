"""How many estimates or versions of a toll there are is no count of victims: "the two
estimates of the dead", «две оценки числа погибших», "iki təxmin". The figures the
estimates give still are. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The three estimates of the dead in Varn cannot all be right.", "en"),
        ("Two versions of the toll circulate in the valley.", "en"),
        ("Существуют две оценки числа погибших при обстреле.", "ru"),
        ("Çay boyunca həlak olanların sayı barədə üç təxmin səslənir.", "az"),
    ],
)
def test_the_number_of_estimates_is_no_figure(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two estimates exist: one says 85 people were killed.", "en", [("killed", 85)]),
        ("По одной из двух оценок, погибли 85 человек.", "ru", [("killed", 85)]),
    ],
)
def test_the_figure_an_estimate_gives_is_read(
    text: str, language: str, expected: list[tuple]
) -> None:
    assert _read(text, language) == expected
