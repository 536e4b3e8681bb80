"""The figure for another period in a parenthesis ("(2024: 31)") may follow a short phrase
that ends the figure's clause ("41 deaths in police custody (2024: 31)"): it counts the same
act for that period, a claim of its own. A parenthesis that names no other period ("(see
Annex 3)", "(Table 2: 9 rows)") gives none. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.count, c.parent) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The monitors recorded 41 deaths in police custody (2024: 31).",
        "The monitors recorded 41 deaths in police custody (in 2024: 31) across the country.",
        "The monitors recorded 41 deaths in police custody (the year before: 31).",
    ],
)
def test_the_other_period_after_a_phrase(text):
    assert _read(text) == [("killed", 41, None), ("killed", 31, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The monitors recorded 41 deaths in police custody (see Annex 3).",
        "The monitors recorded 41 deaths in police custody (Table 2: 9 rows).",
    ],
)
def test_a_parenthesis_of_no_other_period(text):
    assert _read(text) == [("killed", 41, None)]
