"""A pipe table's column of a fate that only persons of its first act can meet counts some of
each row's figure of that act: only the held are released or beaten in custody, only the
missing are later found dead. A fate anyone may meet stands beside the first. Tables written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_TABLE = """Arrests by town, 3-9 June.

| Town | Arrested | {column} |
|---|---|---|
| Ostby | 64 | {ostby} |
| Varn | 18 | {varn} |
| Total | 82 | {total} |
"""


def test_the_released_are_of_their_rows_detained():
    text = _TABLE.format(column="Freed without charge", ostby=40, varn=11, total=51)
    claims = claim_fields(text, "en", FIELDS)
    assert ("released", "all", 40, 0) in claims
    assert ("released", "all", 11, 2) in claims
    assert ("released", "all", 51, 4) in claims


def test_the_beaten_in_custody_are_of_their_rows_detained():
    text = _TABLE.format(column="Beaten in custody", ostby=9, varn=0, total=9)
    claims = claim_fields(text, "en", FIELDS)
    assert ("tortured", "all", 9, 0) in claims
    assert ("tortured", "all", 0, 2) in claims


def test_bodies_found_are_of_their_rows_missing():
    text = (
        "| Village | Missing | Found dead |\n|---|---|---|\n| Tesk | 30 | 7 |\n"
        "| Drume | 12 | 2 |\n| Total | 42 | 9 |\n"
    )
    claims = claim_fields(text, "en", FIELDS)
    assert ("found_dead", "all", 7, 0) in claims
    assert ("found_dead", "all", 9, 4) in claims


def test_near_miss_the_injured_stand_beside_the_detained():
    text = _TABLE.format(column="Injured", ostby=5, varn=3, total=8)
    claims = claim_fields(text, "en", FIELDS)
    assert not any(c[0] == "injured" and c[3] in (0, 2, 4) for c in claims)
