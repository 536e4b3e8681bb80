"""Azerbaijani: "of them" opening the sentence after one that counts persons spoken with ("44
keçmiş əsgərlə danışıb. Onlardan 30-u …") takes its part of those interviewed, who are no
figure: the part stands alone, not a part of an earlier count. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Kənddə 50 nəfər döyülüb. Qəzet 44 keçmiş əsgərlə danışıb. Onlardan 30-u "
        "müntəzəm döyüldüklərini deyib.",
        "Kənddə 50 nəfər döyülüb. Jurnalistlər 44 keçmiş məhbusla söhbət aparıb. Onlardan "
        "30-u işgəncəyə məruz qaldığını bildirib.",
    ],
)
def test_a_part_of_the_interviewed_stands_alone(text):
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("tortured", 50, None),
        ("tortured", 30, None),
    ]
