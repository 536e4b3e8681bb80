"""Azerbaijani none said to befall no one while an act named by its verbal noun lasted
("saxlanılma zamanı ölüm halı qeydə alınmayıb", no death during detention) is none among
those the act befell: a part (of none) of the latest figure of that act. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_no_death_during_detention_is_of_the_detained():
    text = "Aksiyada 300 nəfər saxlanılıb. Saxlanılma zamanı ölüm halı qeydə alınmayıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 300, None), ("killed", 0, 0)]


def test_no_injury_while_held_is_of_the_held():
    text = "Polis 45 nəfəri saxlayıb. Saxlanılma müddətində xəsarət alan olmayıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 45, None), ("injured", 0, 0)]


def test_none_during_an_event_that_befell_no_one_stands_alone():
    # Near miss: "aksiya zamanı" (during the protest) names no act done to persons.
    text = "Polis 45 nəfəri saxlayıb. Aksiya zamanı ölüm halı qeydə alınmayıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 45, None), ("killed", 0, None)]
