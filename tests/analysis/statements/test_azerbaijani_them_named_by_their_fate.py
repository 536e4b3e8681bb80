"""Azerbaijani persons named again by their fate in the sentence of "onlardan" ("Həlak
olanların hamısı kişidir; onlardan biri …") are who "onlardan" speaks of, not the persons
counted last. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_them_after_the_dead_named_again():
    text = (
        "Hücum nəticəsində 5 nəfər həlak olub, 12 nəfər yaralanıb. Həlak olanların hamısı "
        "kişidir; onlardan biri 17 yaşlı yeniyetmədir."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "children", 1, 0)


def test_them_after_the_dead_named_by_a_single_participle():
    text = (
        "Zərbə nəticəsində 3 nəfər ölüb, 9 nəfər yaralanıb. Ölənlərin hamısı mülki şəxsdir, "
        "onlardan ikisi qadındır."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "women", 2, 0)


def test_them_with_no_fate_named_again_is_of_the_last_counted():
    # Near miss: words of who said it, no fate, stand before "onlardan".
    text = (
        "Hücum nəticəsində 5 nəfər həlak olub, 12 nəfər yaralanıb. Həkimlərin sözlərinə görə, "
        "onlardan biri uşaqdır."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", "children", 1, 1)
