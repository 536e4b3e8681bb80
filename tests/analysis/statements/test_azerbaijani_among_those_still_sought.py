"""Azerbaijani: a part "among those sought" ("axtarılanlar arasında", "axtarılanlardan") is of
the missing counted before it, as "itkinlər arasında" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "part",
    [
        "Axtarılanlar arasında 35 qadın var.",
        "Axtarılanların arasında 35 qadın var.",
        "Axtarılanlardan 35-i qadındır.",
    ],
)
def test_a_part_of_those_sought_is_of_the_missing(part):
    text = f"Daşqından sonra 410 nəfər itkin düşüb. {part}"
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("missing", "all", 410, None),
        ("missing", "women", 35, 0),
    ]
