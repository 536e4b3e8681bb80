"""«…пятерых военных, которые убили двоих мирных жителей»: a clause opened by «которые» whose
verb, in one transitive word, acts on others tells what the counted did, not what befell them;
the count takes no fate from it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Суд рассмотрит дело четверых военных, которые расстреляли троих пленных.",
            [("killed", "all", 3)],
        ),
        (
            "Обвинение предъявлено шестерым охранникам, которые избивали заключённых.",
            [],
        ),
    ],
)
def test_the_doers_take_no_fate(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Обратились родственники 40 человек, которых похитили в марте.", "captured"),
        ("Обратились родственники 40 человек, которые пропали без вести.", "missing"),
        ("Обратились родственники 40 человек, которые были задержаны в марте.", "detained"),
    ],
)
def test_a_clause_of_what_befell_them_still_gives_their_fate(text, category):
    # Near miss: the object «которых», an intransitive verb, a passive: their fate.
    assert claim_fields(text, "ru", ("category", "count")) == [(category, 40)]
