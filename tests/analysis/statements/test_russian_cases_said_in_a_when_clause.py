"""«15 случаев, когда арестованных пытали»: the act of a clause opened by «когда» after a count
of cases is what they are cases of (its verb, not the persons it names by another fate); and
persons who ended up in hospital («попали в больницу») were hurt. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_cases_of_the_verb_after_when():
    text = "Юристы зафиксировали 15 случаев, когда арестованных пытали в изоляторе."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 15)]


def test_ended_up_in_hospital_are_hurt():
    text = "После разгона митинга шесть человек попали в больницу."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 6)]
