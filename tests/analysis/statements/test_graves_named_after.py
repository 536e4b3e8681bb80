"""Things counted by an unknown word, then named graves after a dash or a hedge, are burial sites
("six pits near the quarry — probably mass graves", «шесть ям у карьера — вероятно, братские
могилы», "altı çuxur görünür; bunlar, ehtimal ki, kütləvi məzarlıqlardır"); without such a
naming they are nothing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The images of 2 May show six pits near the quarry — probably mass graves.", "en"),
        ("На снимках от 2 мая видны шесть ям у карьера — вероятно, братские могилы.", "ru"),
        ("2 may təsvirlərində karxana yanında altı çuxur görünür; bunlar, ehtimal ki, kütləvi "
         "məzarlıqlardır.", "az"),
    ],
)  # fmt: skip
def test_things_named_graves_after_a_hedge_are_burial_sites(text, language):
    assert _read(text, language) == [("burial_sites", 6)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The images of 2 May show six pits near the quarry.", "en"),
        ("На снимках от 2 мая видны шесть ям у карьера.", "ru"),
    ],
)
def test_things_not_named_graves_are_nothing(text, language):
    assert _read(text, language) == []
