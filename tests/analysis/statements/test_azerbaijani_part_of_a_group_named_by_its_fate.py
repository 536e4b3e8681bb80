"""Azerbaijani parts taken of a group named after the participle of its fate ("Həlak olan
uşaqlardan 12-si", of the children killed): a part of the latest figure of that fate that
counted that group, also a part itself or in an earlier sentence; with no such figure, of
the latest whole of the fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_the_children_killed_counted_as_a_part_before():
    text = (
        "Bombardman nəticəsində 120 nəfər həlak olub, onlardan 30-u uşaqdır. "
        "Həlak olan uşaqlardan 9-u körpə idi."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "children", 9, 1)


def test_of_the_servicemen_released_with_a_later_fate():
    text = (
        "Mübadilə zamanı 80 nəfər azad edilib, onlardan 60-ı hərbçi, 20-si mülki şəxsdir. "
        "Azad edilən hərbçilərdən 5-i ağır yaralıdır."
    )
    assert claim_fields(text, "az", FIELDS)[3] == ("injured", "servicemen", 5, 1)


def test_a_whole_of_that_group_counted_with_its_noun():
    text = (
        "Polis 25 qadını saxlayıb, 40 kişi də saxlanılıb. Saxlanılan qadınlardan 6-sı azad edilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("released", "women", 6, 0)


def test_with_no_figure_of_that_group_the_whole_of_the_fate():
    # Near miss: no children counted among the dead; the part is of all the dead.
    text = "Bombardman nəticəsində 120 nəfər həlak olub. Həlak olan uşaqlardan 9-u körpə idi."
    assert claim_fields(text, "az", FIELDS)[1] == ("killed", "children", 9, 0)


def test_a_group_counted_by_another_fate_is_no_whole():
    # Near miss: the children counted were hurt, not killed.
    text = (
        "Bombardman nəticəsində 120 nəfər həlak olub, 40 uşaq yaralanıb. "
        "Həlak olan uşaqlardan 9-u körpə idi."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("killed", "children", 9, 0)
