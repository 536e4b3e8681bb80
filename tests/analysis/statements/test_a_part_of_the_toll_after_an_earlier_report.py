""" "The dead" after a figure of the first reports are those of the toll as it now stands; a
part said with the early report itself is still its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_the_dead_after_an_early_report_are_of_the_toll():
    text = (
        "The toll of the mine collapse rose to 33 on Friday. Early reports had put the number "
        "at 14 dead. Five of the dead were children."
    )
    assert _read(text) == [
        ("killed", "all", 33, None),
        ("killed", "all", 14, None),
        ("killed", "children", 5, 0),
    ]


def test_near_miss_a_part_said_with_the_early_report():
    text = "The toll rose to 33 on Friday. Initial reports spoke of 14 dead, five of them children."
    assert _read(text) == [
        ("killed", "all", 33, None),
        ("killed", "all", 14, None),
        ("killed", "children", 5, 1),
    ]
