"""A pipe table's header cell that is only a group's name ("Women", "Children"), beside a
column of an act, counts that group among each row's figure to its left, as "of whom minors"
does; a header naming things, not persons ("Hospitals"), adds nothing. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_TABLE = """Casualties by town, 1-15 May.

| Town | Injured | {column} |
|---|---|---|
| Asby | 40 | {asby} |
| Brenn | 25 | {brenn} |
| Total | 65 | {total} |
"""


def test_a_column_of_a_group_counts_it_among_its_row():
    text = _TABLE.format(column="Children", asby=11, brenn=0, total=11)
    claims = claim_fields(text, "en", FIELDS)
    assert ("injured", "children", 11, 0) in claims
    assert ("injured", "children", 0, 2) in claims
    assert ("injured", "children", 11, 4) in claims


def test_a_column_of_women_beside_the_detained():
    text = (
        "| Region | Detained | Women |\n|---|---|---|\n| North | 120 | 14 |\n"
        "| South | 80 | 6 |\n| Total | 200 | 20 |\n"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("detained", "women", 14, 0) in claims
    assert ("detained", "women", 6, 2) in claims


def test_near_miss_a_column_of_things_adds_no_figure():
    text = _TABLE.format(column="Hospitals", asby=2, brenn=1, total=3)
    assert [c[:3] for c in claim_fields(text, "en", FIELDS)] == [
        ("injured", "all", 40),
        ("injured", "all", 25),
        ("injured", "all", 65),
    ]
