"""A part taken "of them" ("onlardan 12-si") right after a clause that counts things counts
those things too: "90 ev zədələnib, onlardan 12-si tamamilə dağılıb" is 12 homes destroyed
(the damaged are no figure). Of things that are no property counted, the part is none either.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_destroyed_of_the_damaged_homes():
    text = "Atəş nəticəsində 90 ev zədələnib, onlardan 12-si tamamilə dağılıb."
    assert _read(text) == [("property_destroyed", "homes", 12, None)]


def test_burnt_of_the_destroyed_schools():
    text = "Bölgədə 9 məktəb dağıdılıb, onlardan 4-ü tamamilə yandırılıb."
    assert _read(text) == [
        ("property_destroyed", "schools", 9, None),
        ("property_destroyed", "schools", 4, 0),
    ]


def test_near_miss_shells_are_no_property():
    text = "Kəndə 30 mərmi düşüb, onlardan 5-i partlamayıb."
    assert _read(text) == []
