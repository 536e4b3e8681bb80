"""The Azerbaijani converb of "while" ("saxlanılarkən", "həbs edilərkən") says when something
befell the persons counted, not what: "5 nəfər saxlanılarkən ölüb" counts the dead (who died
while held), as a verbal noun of when does ("saxlanıldıqları ilk günlərdə"). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_died_while_held_counts_the_dead():
    assert _read("Ötən il 5 nəfər müvəqqəti saxlama yerlərində saxlanılarkən ölüb.") == [
        ("killed", 5)
    ]


def test_beaten_while_arrested_counts_the_beaten():
    assert _read("Aksiyada 8 tələbə həbs edilərkən döyülüb.") == [("tortured", 8)]


def test_near_miss_held_in_a_finite_form_counts_the_held():
    assert _read("Ötən il 5 nəfər müvəqqəti saxlama yerlərində saxlanılıb.") == [("detained", 5)]
