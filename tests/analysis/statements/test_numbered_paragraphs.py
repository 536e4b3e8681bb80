"""A number that opens a line with a full stop or bracket glued to it numbers the paragraph
that follows, even under a heading with no full stop of its own; a kilometre post numbers a
point on a road. Neither counts anyone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Deaths in prisons\n31. The panel learnt that 12 inmates died in Corvane jail.",
            "en",
            [("killed", 12)],
        ),
        (
            "Гибель в заключении\n31. Комиссии стало известно, что в тюрьме Корвана умерли"
            " 12 заключённых.",
            "ru",
            [("killed", 12)],
        ),
        (
            "Həbsdə ölüm halları\n31) Komissiya öyrənib ki, Korvan həbsxanasında 12 məhbus ölüb.",
            "az",
            [("killed", 12)],
        ),
    ],
)
def test_a_paragraph_number_under_a_heading_counts_nothing(text, language, expected):
    assert figures(text, language) == expected


def test_a_count_at_the_start_of_a_line_still_counts():
    text = "Report of the Corvane mission\n27 villagers were killed in the night raid."
    assert figures(text, "en") == [("killed", 27)]


def test_a_kilometre_post_counts_nothing():
    text = "Three drivers were killed when their lorry was hit near kilometre 52 of the Osk road."
    assert figures(text, "en") == [("killed", 3)]
