"""A pipe table's part column of civilians beside one of servicemen ("İtkin düşmüş | o
cümlədən hərbçi | o cümlədən mülki şəxs", "Missing | of whom servicemen | of whom civilians")
counts the civilians among its row's figure: a figure split into its servicemen and its
civilians gives both groups (the civilians were dropped, as "mülki şəxs" is a word for
persons). A column of civilians with no servicemen beside it names no group. Tables written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_AZ = """Komissiyanın hesabatı.

| Rayon | İtkin düşmüş | o cümlədən hərbçi | o cümlədən mülki şəxs |
|---|---|---|---|
| Alpa | 500 | 400 | 100 |
| Beta | 300 | 200 | 100 |
"""

_EN = """Commission report.

| District | Missing | of whom servicemen | of whom civilians |
|---|---|---|---|
| Alpa | 640 | 410 | 230 |
"""


def test_civilians_column_in_azerbaijani():
    assert claim_fields(_AZ, "az", FIELDS) == [
        ("missing", "all", 500, None),
        ("missing", "servicemen", 400, 0),
        ("missing", "civilians", 100, 0),
        ("missing", "all", 300, None),
        ("missing", "servicemen", 200, 3),
        ("missing", "civilians", 100, 3),
    ]


def test_civilians_column_in_english():
    assert ("missing", "civilians", 230, 0) in claim_fields(_EN, "en", FIELDS)


def test_civilians_column_alone_names_no_group():
    # Near miss: no servicemen's column sets the civilians apart.
    table = _AZ.replace(" o cümlədən hərbçi |", "").replace("---|---|---|---", "---|---|---")
    table = table.replace("| 400 ", "").replace("| 200 ", "")
    assert all(subgroup != "civilians" for _, subgroup, _, _ in claim_fields(table, "az", FIELDS))
