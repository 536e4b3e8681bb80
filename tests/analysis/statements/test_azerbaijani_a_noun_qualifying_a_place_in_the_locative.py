"""An Azerbaijani noun before a possessed noun in the locative only qualifies it, after a
consonant stem as after a vowel one: in "2 nəfər polis nəzarətində ölüb" (2 persons died in
police custody) the police are whose custody, not who died; in "4 uşaq məktəb həyətində" the
school is whose yard. Persons counted as the police keep the group ("2 nəfər polis
yaralanıb", "5 polis əməkdaşına xəsarət yetirilib"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_deaths_in_police_custody_are_of_everyone():
    assert _read("Hesabat ilində 5 nəfər polis nəzarətində ölüb.") == [("killed", "all", 5)]


def test_the_hurt_in_a_school_yard_are_the_children_counted():
    text = "Partlayış zamanı 4 uşaq məktəb həyətində yaralanıb."
    assert _read(text) == [("injured", "children", 4)]


def test_near_miss_persons_counted_as_the_police_keep_the_group():
    assert _read("Atışmada 2 nəfər polis yaralanıb.") == [("injured", "police officers", 2)]
    text = "Toqquşmada 5 polis əməkdaşına xəsarət yetirilib."
    assert _read(text) == [("injured", "police officers", 5)]
