"""A capitalised word that numbers the parts of a text ("Count 1 (murder):", «Инцидент 2:»,
"İttiham 3:") heads a part: its number counts no one, and the figures after it keep the whole
they are parts of. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The militia abducted 50 villagers. Count 3 (torture): 16 of the abductees were "
            "tortured.",
            "en",
        ),
        ("The militia abducted 50 villagers.\nCharge 3: 16 of them were tortured.", "en"),
        ("Боевики похитили 50 жителей. Эпизод 3: 16 из них подверглись пыткам.", "ru"),
        ("Боевики похитили 50 жителей. Инцидент 3: 16 из них подверглись пыткам.", "ru"),
        ("Silahlılar 50 sakini qaçırıb. Epizod 3: onlardan 16-sı işgəncəyə məruz qalıb.", "az"),
    ],
)
def test_a_heading_number_counts_no_one(text, language):
    assert _read(text, language) == [("captured", 50, None), ("tortured", 16, 0)]


def test_a_count_as_a_verb_still_counts():
    text = "The monitor counts 27 victims of torture."
    assert [c[1] for c in _read(text, "en")] == [27]
