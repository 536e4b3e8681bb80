"""Azerbaijani "Siyahıdakı şəxslərdən 300-dən çoxu" (of the persons on the list) takes up the
persons just counted on a list, as "onlardan" does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Siyahıya 900 itkin düşmüş şəxs daxil edilib. Siyahıdakı şəxslərdən 300-dən çoxu "
            "qadındır.",
            ("women", 300),
        ),
        (
            "Reyestrdə 900 nəfər itkin düşmüş kimi qeyd olunur. Siyahıdakılardan 120-si uşaqdır.",
            ("children", 120),
        ),
    ],
)
def test_the_part_is_of_the_persons_counted(text, part):
    assert claim_fields(text, "az", FIELDS) == [
        ("missing", "all", 900, None),
        ("missing", *part, 0),
    ]


def test_near_miss_a_group_named_among_them_is_the_whole_counted_of_that_group():
    text = (
        "Siyahıda 900 itkin düşmüş şəxs var; onlardan 700-ü hərbçi, 200-ü mülki şəxsdir. "
        "Mülki şəxslər arasında 40 uşaq var."
    )
    assert claim_fields(text, "az", FIELDS)[-1] == ("missing", "children", 40, 2)
