"""Russian says the whole's preposition again after «в том числе»: «свидетельства о 140
заключённых, в том числе о 20 женщинах», «травмы у 40 человек, в том числе у пятерых детей»;
the part after it is a part as «в том числе 20 женщин» is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Миссия сообщает о 96 погибших, в том числе о 14 детях.",
            [("killed", "all", 96, None), ("killed", "children", 14, 0)],
        ),
        (
            "Правозащитники располагают данными о 58 избитых задержанных, в том числе об "
            "одиннадцати женщинах.",
            [("tortured", "all", 58, None), ("tortured", "women", 11, 0)],
        ),
    ],
)
def test_a_part_after_including_and_the_preposition(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_including_before_a_thing_is_no_part_of_persons():
    # Near miss: «в том числе о» before what is not a count names no part.
    text = "Миссия сообщает о 96 погибших, в том числе о пострадавших в Зорине."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 96, None)]
