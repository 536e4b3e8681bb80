"""«11 прихожан мечети»: a congregation's members are persons counted, not the place of worship
named after them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_parishioners_of_a_church():
    assert _read(
        "Во время службы были задержаны 14 прихожан собора, в том числе двое подростков."
    ) == [
        ("detained", "all", 14, None),
        ("detained", "children", 2, 0),
    ]
