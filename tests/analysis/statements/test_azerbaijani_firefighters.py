"""Azerbaijani "yanğınsöndürən" (a firefighter) names the firefighters' group; persons who put
out a fire, said by a participle with its object, are no such group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_firefighters_hurt():
    text = "Anbarda yanğın olub, 6 yanğınsöndürən xəsarət alıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "firefighters", 6)]


def test_firefighters_as_a_part():
    text = "Partlayışda 20 nəfər yaralanıb, onlardan 4-ü yanğınsöndürəndir."
    assert claim_fields(text, "az", FIELDS)[1] == ("injured", "firefighters", 4)


def test_those_who_put_out_a_fire_are_persons():
    # Near miss: "yanğını söndürən", the participle with its object.
    text = "Yanğını söndürən 12 nəfər saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 12)]
