"""An Azerbaijani part of a whole that is only handed over or sent somewhere ("onlardan 14-ü
Bakıya göndərilib", "9-u isə qarşı tərəfə təhvil verilib") says where those persons went: it
is still a part of what befell the whole. A verb that names something else done to the part
("cərimələnib", fined) stays the part's own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_second_of_two_parts_handed_over():
    text = "Mübadilə zamanı 25 nəfər azad olunub: onlardan 16-sı bir tərəfə, 9-u isə qarşı tərəfə təhvil verilib."
    assert _read(text) == [("released", 25, None), ("released", 16, 0), ("released", 9, 0)]


def test_a_part_sent_to_a_city():
    text = "Aksiya zamanı 30 nəfər saxlanılıb, onlardan 14-ü Bakıya göndərilib."
    assert _read(text) == [("detained", 30, None), ("detained", 14, 0)]


def test_near_miss_a_part_fined_has_a_verb_of_its_own():
    text = "Aksiya zamanı 30 nəfər saxlanılıb, onlardan 14-ü cərimələnib."
    assert _read(text) == [("detained", 30, None)]
