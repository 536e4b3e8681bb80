"""Azerbaijani "onlardan biri ağır vəziyyətdədir" (one of them is in a grave condition) said
of a whole that shares the one's fate: a single person, no figure. One with a fate of their
own, a group of their own, or "daha biri" (one more) stays. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_one_of_the_injured_in_a_grave_condition():
    text = "Atışmada 6 polis əməkdaşı yaralanıb, onlardan biri ağır vəziyyətdədir."
    assert [c for c in claim_fields(text, "az", FIELDS) if c[2] == 1] == []


def test_one_of_the_held_named_in_the_ablative():
    text = "Ötən il saxlanılan 5 jurnalistdən biri hələ də təcridxanadadır."
    assert [c for c in claim_fields(text, "az", FIELDS) if c[2] == 1] == []


def test_near_miss_one_of_the_injured_who_died():
    text = "Atışmada 6 nəfər yaralanıb, onlardan biri sonra xəstəxanada ölüb."
    assert ("killed", "all", 1, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_one_of_them_a_child():
    text = "Atışmada 6 nəfər yaralanıb, onlardan biri uşaqdır."
    assert ("injured", "children", 1, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_two_of_them_in_a_grave_condition():
    text = "Atışmada 6 nəfər yaralanıb, onlardan ikisi ağır vəziyyətdədir."
    assert ("injured", "all", 2, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_one_of_them_who_lost_a_leg():
    text = "Minanın partlaması nəticəsində 4 nəfər yaralanıb, onlardan biri ayağını itirib."
    assert ("injured", "all", 1, 0) in claim_fields(text, "az", FIELDS)
