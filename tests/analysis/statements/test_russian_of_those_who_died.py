"""Russian «из умерших», «из числа умерших», «среди скончавшихся» ("of those who died") mark
a part of the dead, as «из погибших» does: the verb «умереть» ends as no participle in the
lexicon does, so its participles are listed. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В колонии за год умерли 57 человек. Из числа умерших четверо покончили с собой.",
            [("killed", "all", 57, None), ("killed", "all", 4, 0)],
        ),
        (
            "В лагере от болезней умерли 30 человек. Среди умерших — семеро детей.",
            [("killed", "all", 30, None), ("killed", "children", 7, 0)],
        ),
        (
            "В больницах скончались 19 раненых; трое из скончавшихся — женщины.",
            [("killed", "all", 19, None), ("killed", "women", 3, 0)],
        ),
    ],
)
def test_a_part_of_those_who_died(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_the_dead_named_with_no_part_stay_apart():
    """Near miss: the dead's relatives counted after them are no part of the dead."""
    text = "В колонии умерли 30 человек. Родственники умерших подали 12 жалоб."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 30, None)]
