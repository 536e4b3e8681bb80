"""Casualties counted with their wounds ("three casualties with stab wounds", "casualties with
shrapnel wounds") are the wounded; casualties alone join the dead and the wounded and are no
figure of either, and "no casualties" is none of each. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_casualties_with_wounds_are_injured():
    text = "Paramedics carried three female casualties with stab wounds out of the hall."
    assert claim_fields(text, "en", FIELDS) == [("injured", "women", 3)]


def test_casualties_alone_are_no_figure():
    assert claim_fields("The fighting left 70 casualties in the valley.", "en", FIELDS) == []


def test_no_casualties_is_none_of_each():
    assert claim_fields("The clinic reported no casualties at all.", "en", FIELDS) == [
        ("killed", "all", 0),
        ("injured", "all", 0),
    ]
