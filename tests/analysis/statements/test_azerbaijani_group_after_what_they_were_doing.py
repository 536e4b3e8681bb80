"""An Azerbaijani part's predicate may name its group after a participle clause of what they
were doing ("Yaralananların üçü qoyun otaran uşaqlardır", three of the hurt are children who
herd sheep): the group word after the clause is the part's. A clause of an act of ours is
read as before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_group_after_what_they_were_doing():
    text = "Mina partlayışında 7 nəfər yaralanıb. Yaralananların ikisi odun yığan uşaqlardır."
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 7, None),
        ("injured", "children", 2, 0),
    ]


def test_after_onlardan_with_the_singular_copula():
    text = "Atəş nəticəsində 11 nəfər yaralanıb, onlardan dördü bazarda işləyən qadındır."
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 11, None),
        ("injured", "women", 4, 0),
    ]


def test_no_group_after_the_clause_says_nothing_of_one():
    # Near miss: the participle names no group after it; the part keeps its whole's.
    text = "Atəş nəticəsində 11 nəfər yaralanıb, onlardan dördü bazarda işləyənlərdir."
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 11, None),
        ("injured", "all", 4, 0),
    ]
