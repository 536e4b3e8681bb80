"""Clauses after a colon that tell how a figure came about, place by place or stage by stage:
each counts the same fate, and together they are no more than the figure, so each is a part of
it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "total", "first", "second"),
    [
        (
            "The landslide at Pell Quarry killed 12 workers: seven died in the collapsed "
            "gallery and five were killed on the access road.",
            "en",
            12,
            7,
            5,
        ),
        (
            "При пожаре в общежитии погибли 11 человек: восемь погибли в коридоре третьего "
            "этажа, ещё трое скончались в больнице.",
            "ru",
            11,
            8,
            3,
        ),
        (
            "Yanğında 12 nəfər ölüb: 7 nəfər zalda ölüb, daha 5 nəfər isə xəstəxanada "
            "dünyasını dəyişib.",
            "az",
            12,
            7,
            5,
        ),
    ],
)
def test_each_clause_is_a_part_of_the_figure(text, language, total, first, second):
    assert _read(text, language) == [
        ("killed", "all", total, None),
        ("killed", "all", first, 0),
        ("killed", "all", second, 0),
    ]


def test_clauses_that_add_up_to_more_are_figures_of_their_own():
    text = "The flood killed 12 people: nine died in Orrin and eight were killed in Tamsey."
    assert [parent for *_, parent in _read(text, "en")] == [None, None, None]


def test_a_clause_of_another_fate_leaves_the_figure_unspelt():
    text = "The storm killed 12 people: nine died in Orrin and 20 were injured in Tamsey."
    assert _read(text, "en") == [
        ("killed", "all", 12, None),
        ("killed", "all", 9, None),
        ("injured", "all", 20, None),
    ]
