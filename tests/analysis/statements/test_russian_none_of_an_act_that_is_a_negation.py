"""Russian: «никого из них больше не видели», «никто из пропавших так и не найден» — a "none"
whose act is itself negated («не видели», «не найден», «не установлена») says all of them are
missing, not that none is; it is no zero. A zero of an act said without a negation («никто не
пропал без вести») stays. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ночью военные вывели из общежития восьмерых студентов. Никого из них больше не "
            "видели.",
            [("disappeared", "students", 8)],
        ),
        ("Никого из них больше не видели, сообщила соседка.", []),
        ("По словам родных, никто из пропавших рыбаков так и не найден.", []),
        ("Судьба никого из них до сих пор не установлена.", []),
    ],
)
def test_a_none_of_a_negated_act_is_no_zero(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В ходе наводнения никто из жителей посёлка не пропал без вести.",
            [("missing", "all", 0)],
        ),
        ("Никого из задержанных студентов не отпустили.", [("released", "students", 0)]),
    ],
)
def test_a_none_of_an_act_said_plainly_stays(text, expected):
    assert _read(text) == expected
