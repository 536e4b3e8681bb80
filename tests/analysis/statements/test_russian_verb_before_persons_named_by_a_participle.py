"""Russian: a verb (or the short participle of the passive) that opens a clause says what
befell the persons counted after it, however many words of place stand between, when a
participle alone names who they were: «Скончались в реанимации трое раненых» were killed,
«Отпущены на свободу 15 задержанных» released. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("Скончались в реанимации ещё трое раненых.", "killed", 3),
        ("Умерли в областной больнице двое пострадавших.", "killed", 2),
        ("Отпущены на свободу 15 задержанных.", "released", 15),
        ("Освобождены из плена девять похищенных.", "released", 9),
    ],
)
def test_the_verb_before_says_what_befell_them(text, category, count):
    assert claim_fields(text, "ru", FIELDS) == [(category, "all", count)]


@pytest.mark.parametrize(
    "text",
    [
        "В реанимации находятся трое раненых.",
        "Погибли двое, в реанимации остаются трое раненых.",
    ],
)
def test_no_act_before_them_leaves_them_what_they_were(text):
    """Near miss: with no act before them in their clause they are the wounded."""
    claims = claim_fields(text, "ru", FIELDS)
    assert ("injured", "all", 3) in claims
    assert ("killed", "all", 3) not in claims
