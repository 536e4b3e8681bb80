"""«Погибли 9 детей, … среди погибших детей пятеро …», «свыше 200 детей задержаны, из которых
30 …»: childhood is an age, so a part of children that names nobody else counts children; a
part that names its own group keeps it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("При обстреле погибли 40 человек, из них 11 детей. Среди погибших детей четверо были "
         "младше трёх лет.", ("killed", "children", 4, 1)),
        ("В районе задержаны свыше 200 детей, из которых 30 по-прежнему остаются под стражей.",
         ("detained", "children", 30, 0)),
    ],
)  # fmt: skip
def test_a_part_of_children_counts_children(text, part):
    assert part in claim_fields(text, "ru", FIELDS)


def test_near_miss_a_part_that_names_its_own_group():
    text = "В районе задержаны свыше 200 детей, из которых 30 девочек."
    assert claim_fields(text, "ru", FIELDS)[1] == ("detained", "girls", 30, 0)
