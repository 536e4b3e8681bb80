"""Russian persons taken somewhere «, где» they were held and beaten are captured (by soldiers)
or detained (by anyone else), and tortured, a part of the same persons; taken where nothing
was done to them, they give no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Шестерых жителей села, в том числе старосту, боевики отвезли на ферму, где "
            "несколько дней удерживали и избивали.",
            [("captured", "all", 6), ("tortured", "all", 6)],
        ),
        (
            "Троих студентов сотрудники полиции доставили в отдел, где их удерживали до утра "
            "и избивали.",
            [("detained", "students", 3), ("tortured", "students", 3)],
        ),
    ],
)
def test_the_taken_are_held_and_hurt_where_the_clause_says(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_the_hurt_are_a_part_of_the_held():
    text = "Шестерых жителей села боевики отвезли на ферму, где удерживали и избивали."
    assert claim_fields(text, "ru", ("category", "parent")) == [
        ("captured", None),
        ("tortured", 0),
    ]


def test_taken_where_nothing_was_done_is_no_figure():
    text = "Шестерых жителей села военные отвезли в школу, где располагался штаб."
    assert claim_fields(text, "ru", FIELDS) == []
