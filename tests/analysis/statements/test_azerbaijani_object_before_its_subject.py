"""Azerbaijani may put the object before the subject ("iki qardaşını əsgərlər apardı", soldiers
took his two brothers): a noun with a possessive and the accusative ends the phrase counted,
and the subject after it names who did it, not who was counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_subject_after_the_object_is_not_the_counted_noun():
    text = "Gecə iki əmioğlunu polislər apardı, onları bir daha görmədik."
    assert [f[1] for f in claim_fields(text, "az", FIELDS)] == ["all"]


def test_near_miss_an_adjective_ending_alike_leaves_the_phrase_open():
    # "yeni" (new) ends as an accusative might, but carries no possessive.
    text = "Bu həftə 40 yeni axtarış müraciəti daxil olub."
    assert claim_fields(text, "az", FIELDS) == []
