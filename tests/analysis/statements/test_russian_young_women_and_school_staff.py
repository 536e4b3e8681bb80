"""Russian group words: a young woman («девушка») is counted with the women; who work at a
school («сотрудники лицея») are school staff; who drive an ambulance («водители скорой
помощи») are ambulance drivers, not its medical crew. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На остановке избили трёх девушек, возвращавшихся с работы.",
            [("tortured", "women", 3, None)],
        ),
        (
            "При взрыве у ворот ранены четверо сотрудников лицея.",
            [("injured", "school staff", 4, None)],
        ),
        (
            "За год погибли 9 медиков, в том числе двое водителей скорой помощи.",
            [("killed", "medical workers", 9, None), ("killed", "ambulance drivers", 2, 0)],
        ),
        (
            "На трассе ранены три водителя грузовиков.",
            [("injured", "drivers", 3, None)],
        ),
    ],
)
def test_the_group_is_named_by_its_word(text, expected):
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == expected
