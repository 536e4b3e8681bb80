"""Azerbaijani "N ölü, o cümlədən M uşaq, və K yaralı": a count named by the noun of its own
act ("yaralı", the wounded) joined by "və" after a list of the dead's parts is a figure of its
own. Its noun is no verb the dead and their parts share, as "and 3,540 injured" is not in
English. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Ümumi itkilər: 230 ölü, o cümlədən 41 uşaq, və 610 yaralı.",
        "Hücum nəticəsində 230 ölü, o cümlədən 41 uşaq və 610 yaralı qeydə alınıb.",
    ],
)
def test_the_wounded_after_the_parts_of_the_dead_are_their_own(text):
    assert claim_fields(text, "az") == [
        ("killed", "all", 230, None, None, "exact", None),
        ("killed", "children", 41, None, None, "exact", 0),
        ("injured", "all", 610, None, None, "exact", None),
    ]


def test_near_miss_parts_joined_before_the_verb_share_it():
    text = "Kənddə 75 nəfər, o cümlədən 20 qadın və 12 uşaq yaralanıb."
    assert [c[:3] for c in claim_fields(text, "az")] == [
        ("injured", "all", 75),
        ("injured", "women", 20),
        ("injured", "children", 12),
    ]
