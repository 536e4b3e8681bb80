"""«…увезли с собой пятерых подростков, семьи ничего о них не знают»: nothing known of
persons just taken, said of «них» after the taking in its sentence, makes their fate unknown:
they disappeared. Nothing known of something else, or a sentence's end between, leaves them
taken. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Ночью боевики увели с собой 12 мужчин, семьи ничего о них не знают.",
        "Ночью боевики увели с собой 12 мужчин, о них ничего не слышно.",
    ],
)
def test_nothing_known_of_them_after_their_taking(text):
    assert _read(text) == [("disappeared", "men", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Ночью боевики увели с собой 12 мужчин. О причинах ничего не известно.",
        "Ночью боевики увели с собой 12 мужчин, семьи знают о них только то, что их увезли.",
    ],
)
def test_nothing_known_of_something_else_leaves_them_taken(text):
    assert _read(text) == [("captured", "men", 12)]


@pytest.mark.parametrize("verb", ["увезли с собой", "увели с собой"])
def test_the_fate_of_the_rest_taken_unknown(verb):
    """«Судьба ещё 10 человек, которых …, остаётся неизвестной»: the rest of the taken whole,
    whose taking a clause inside tells, disappeared, and stay its part."""
    text = (
        "Ночью вооружённые люди захватили 30 человек на рынке. Утром отпущены 20 заложников. "
        f"Судьба ещё 10 человек, которых нападавшие {verb}, остаётся неизвестной."
    )
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("captured", 30, None),
        ("released", 20, 0),
        ("disappeared", 10, 0),
    ]
