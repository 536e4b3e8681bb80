"""Azerbaijani: persons given medical help after the event ("31 aksiya iştirakçısına tibbi
yardım göstərilib") were hurt in it, as "were treated" is read in English; help given to
persons already counted as hurt ("onlara yerində tibbi yardım göstərilib") adds no one."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_those_given_medical_help_were_hurt():
    text = "Toqquşma zamanı 17 aksiya iştirakçısına tibbi yardım göstərilib."
    assert ("injured", "protesters", 17) in claim_fields(text, "az", FIELDS)


def test_help_given_to_the_wounded_counts_them_once():
    # Near miss: "onlara" (to them) are the three counted as hurt, not a count of its own.
    text = "Atışma zamanı 3 nəfər yaralanıb, onlara yerində tibbi yardım göstərilib."
    assert claim_fields(text, "az", FIELDS) == [("injured", "all", 3)]


def test_help_said_in_the_active_of_those_who_gave_it():
    text = "Təcili yardım həkimləri hadisə yerində 12 nəfərə tibbi yardım göstərib."
    assert claim_fields(text, "az", FIELDS) == [("injured", "all", 12)]


def test_near_miss_the_givers_of_help():
    # "göstərən" (who give it) names the doctors, who are hurt here by a verb of their own.
    text = "Tibbi yardım göstərən 3 həkim atışmada yaralanıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "medical workers", 3)]
