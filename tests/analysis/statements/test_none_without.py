"""Russian «без» before a word of an act says none of those: «обошлось без погибших и раненых» is
killed 0 and injured 0, «без жертв» killed 0; «без суда», «без вести» are no count. A zero that
names no one, said twice in a sentence, is one figure; two groups' zeros stay two. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


def test_without_the_dead_and_wounded_is_none_of_either():
    text = "Обстрел окраины Лесного, по данным администрации, обошёлся без погибших и раненых."
    assert _read(text, "ru") == [("killed", "all", 0), ("injured", "all", 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Налёт на депо обошёлся без жертв.", [("killed", "all", 0)]),
        ("Пожар на складе обошёлся без пострадавших.", [("injured", "all", 0)]),
        ("Четверо задержанных осуждены без суда.", []),
        ("Шестеро жителей пропали без вести.", [("missing", "all", 6)]),
    ],
)
def test_without_counts_only_before_an_act(text, expected):
    assert [c for c in _read(text, "ru") if c[0] != "detained"] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Налёт обошёлся без жертв: сгорел склад, никто не погиб.", "ru"),
        ("There were no victims: the depot burned down, but no one was killed.", "en"),
    ],
)
def test_a_zero_said_twice_is_one(text, language):
    assert _read(text, language) == [("killed", "all", 0)]


def test_two_groups_zeros_stay_two():
    text = "No civilians were hurt in the riot, and none of the hostages was hurt either."
    assert [c[2] for c in _read(text, "en")] == [0, 0]
