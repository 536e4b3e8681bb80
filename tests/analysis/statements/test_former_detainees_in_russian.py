"""Russian «бывших» between a number and the participle of an earlier fate: «тридцать бывших
задержанных рассказали о пытках» names persons once held, a part of the detained counted
before, as «тридцать задержанных» does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Кирове полиция задержала 210 человек. Около тридцати бывших задержанных "
            "рассказали адвокатам о побоях.",
            [("detained", "all", 210, "exact", None), ("tortured", "all", 30, "about", 0)],
        ),
        (
            "Наблюдатели зафиксировали 96 случаев произвольного задержания. Девятнадцать "
            "бывших задержанных сообщили о пытках током.",
            [("detained", "all", 96, "exact", None), ("tortured", "all", 19, "exact", 0)],
        ),
    ],
)
def test_former_detainees_are_a_part_of_the_detained(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_former_prisoners_are_no_part_of_the_dead():
    # Near miss: «бывших заключённых» names persons by a group, not by the fate of the
    # whole counted before; they are no part of the dead.
    text = "При обстреле погибли 14 человек. Около двадцати бывших заключённых рассказали о побоях."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 14, "exact", None),
        ("tortured", "all", 20, "about", None),
    ]
