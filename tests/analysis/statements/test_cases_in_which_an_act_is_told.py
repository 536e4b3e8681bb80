"""Cases that frame a clause ("In 60 cases, …") in which persons tell of an act are cases
of that act: "In 60 cases, detainees told the monitors that they had been beaten" counts 60
of beating, whatever was counted before. Where no one tells of an act, the cases keep the
act of the clause. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_cases_in_which_detainees_tell_of_beating():
    text = (
        "Monitors recorded the arrest of 700 people. In 60 cases, detainees told the "
        "monitors that they had been beaten in custody."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 700), ("tortured", 60)]


def test_cases_in_which_relatives_say_of_release():
    text = (
        "Monitors recorded the arrest of 700 people. In 45 cases, relatives said the "
        "detainees had been released."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 700), ("released", 45)]


def test_near_miss_cases_with_a_verb_of_their_own():
    text = (
        "Monitors recorded the arrest of 700 people. In 45 cases the detainees were held "
        "for more than a week."
    )
    assert claim_fields(text, "en", FIELDS) == [("detained", 700), ("detained", 45)]
