"""Azerbaijani "ölənlərin sayı 14-ə çatıb … səhər 9 nəfərin həlak olduğunu bildirmişdi.
Ölənlər arasında 3 uşaq var": the dead the children are among are the toll the text says
reached 14, not the earlier report told after it (as «возросло до» in Russian). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "toll", "earlier", "part"),
    [
        (
            "Partlayışda ölənlərin sayı 14-ə çatıb. Səhər nazirlik 9 nəfərin həlak olduğunu "
            "bildirmişdi. Ölənlər arasında 3 uşaq var.",
            14, 9, ("children", 3),
        ),
        (
            "Daşqında həlak olanların sayı 30-a qədər artıb. Əvvəlcə nazirlik 12 nəfərin "
            "öldüyünü bildirmişdi. Həlak olanlar arasında 7 qadın var.",
            30, 12, ("women", 7),
        ),
    ],
)  # fmt: skip
def test_the_part_is_of_the_toll_reached(text, toll, earlier, part):
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "all", toll, None),
        ("killed", "all", earlier, None),
        ("killed", *part, 0),
    ]


def test_near_miss_with_no_toll_reached_the_part_is_of_the_latest_count():
    text = (
        "Səhər nazirlik 9 nəfərin həlak olduğunu bildirmişdi. Axşam daha 5 nəfərin öldüyü "
        "məlum olub. Ölənlər arasında 3 uşaq var."
    )
    assert claim_fields(text, "az", FIELDS)[-1] == ("killed", "children", 3, 1)
