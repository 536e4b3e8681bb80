"""Azerbaijani persons in intensive care ("reanimasiya şöbəsində müalicə alır",
"reanimasiyadadır") are hurt, and by a degree of it: after a count of the hurt, a part of
them. Who died there are the dead. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_in_intensive_care_after_the_hurt_are_a_part_of_them():
    text = "Qəzada 26 nəfər yaralanıb. Onlardan 6 nəfər reanimasiya şöbəsində müalicə alır."
    assert claim_fields(text, "az", FIELDS) == [("injured", 26, None), ("injured", 6, 0)]


def test_in_intensive_care_with_the_copula():
    text = "Hücumda 12 nəfər yaralanıb. Hazırda 3 nəfər reanimasiyadadır."
    assert claim_fields(text, "az", FIELDS) == [("injured", 12, None), ("injured", 3, 0)]


def test_who_died_in_intensive_care_are_the_dead():
    # Near miss: the ward is where they died.
    text = "Yaralılardan 2 nəfər reanimasiya şöbəsində vəfat edib."
    assert [c[0] for c in claim_fields(text, "az", FIELDS)] == ["killed"]
