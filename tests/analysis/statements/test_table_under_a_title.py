"""A pipe table under a title line whose reference has slashes after a colon ("(source: ref.
AB/12/7)") is read, the title not taken for its header row: a table's rows are all split
alike, by pipes or by slashes after a label and a colon. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_a_table_of_regions_under_a_title_with_a_slashed_reference():
    text = (
        "Table 4. Incidents by region (source: field office, ref. FO/31/B, p. 9)\n\n"
        "| Region | Killed | Detained |\n|---|---|---|\n"
        "| North | 7 | 120 |\n| South | 2 | 45 |\n| Total | 9 | 165 |\n"
    )
    assert [c[:3] for c in _read(text)] == [
        ("killed", "all", 7),
        ("detained", "all", 120),
        ("killed", "all", 2),
        ("detained", "all", 45),
        ("killed", "all", 9),
        ("detained", "all", 165),
    ]


def test_a_table_of_groups_under_a_title_with_a_slashed_reference():
    text = (
        "Annex 3 (data: hospital registers, doc. HR/2030/14)\n"
        "Group | Injured\nWomen | 14\nChildren | 6\nTotal | 20\n"
    )
    assert _read(text) == [
        ("injured", "women", 14, 2),
        ("injured", "children", 6, 2),
        ("injured", "all", 20, None),
    ]


def test_near_miss_slashed_lines_alone_are_still_a_table():
    # Rows written with slashes after a colon are a table when every row is written so.
    text = "Figure: killed / injured\nNorth: 4 / 11\nSouth: 2 / 5\n"
    assert [c[:3] for c in _read(text)] == [
        ("killed", "all", 4),
        ("injured", "all", 11),
        ("killed", "all", 2),
        ("injured", "all", 5),
    ]
