"""A part set off by commas between a fate's subject and its predicate («Судьба 57 человек,
в том числе 9 детей, до сих пор неизвестна») interrupts one clause: the fate is still said of
the whole, and the part is a part of it. A fate found out is no fate unknown. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

MISSING_WITH_CHILDREN = [
    ("missing", "all", 57, None, None, "exact", None),
    ("missing", "children", 9, None, None, "exact", 0),
]


@pytest.mark.parametrize(
    "text",
    [
        "Судьба 57 человек, в том числе 9 детей, до сих пор неизвестна.",
        "Местонахождение 57 человек, включая 9 детей, не установлено.",
    ],
)
def test_a_fate_unknown_past_a_part_set_off(text):
    assert claim_fields(text, "ru") == MISSING_WITH_CHILDREN


def test_a_fate_found_out_past_a_part_is_no_figure():
    assert claim_fields("Судьба 57 человек, в том числе 9 детей, выяснена.", "ru") == []
