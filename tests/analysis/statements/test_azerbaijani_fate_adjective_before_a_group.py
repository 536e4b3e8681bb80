"""Azerbaijani adjectives of a fate ("itkin", missing; "yaralı", wounded) between a number
and its noun describe the persons as a participle does: "4 itkin uşaq" counts missing
children, not missing persons at large. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Könüllülər meşədə 6 itkin uşağı axtarır.", ("missing", "children", 6)),
        ("Sərhəd yaxınlığında 3 itkin jurnalist axtarılır.", ("missing", "journalists", 3)),
    ],
)
def test_the_noun_after_the_adjective_is_counted(text, expected):
    assert claim_fields(text, "az", FIELDS) == [expected]


def test_near_miss_the_adjective_alone_counts_persons():
    text = "Atəş nəticəsində 2 nəfər ölüb, 9 yaralı xəstəxanaya çatdırılıb."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 2), ("injured", "all", 9)]
