"""Azerbaijani cases counted "in" ("20 halda", in 20 cases) are some of the cases counted
before; cases counted in the nominative ("Rəsmi statistikada isə 19 ölüm halı göstərilir")
are a count of their own, another source's, not a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_cases_in_the_nominative_are_a_count_of_their_own():
    text = (
        "Mərkəz il ərzində həbs yerlərində 52 ölüm halı qeydə alıb. Rəsmi statistikada isə "
        "yalnız 17 ölüm halı göstərilir."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "all", 52, None),
        ("killed", "all", 17, None),
    ]


def test_near_miss_cases_counted_in_are_some_of_them():
    text = "Təşkilat 64 işgəncə halı qeydə alıb. 20 halda qurbanlar uşaq olub."
    assert claim_fields(text, "az", FIELDS) == [
        ("tortured", "all", 64, None),
        ("tortured", "children", 20, 0),
    ]
