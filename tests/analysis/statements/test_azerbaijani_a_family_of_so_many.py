"""Azerbaijani gives a family's size with "-lik" on the counter: "beş nəfərlik ailə" (a
family of five). What befalls the family befalls its members, so the size counts persons,
as "nəfərdən ibarət ailə" (a family consisting of five) does. "-lik" after a place is its
capacity, no count. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_a_family_of_so_many_killed():
    text = "Gecə yaşayış evinə düşən mərmi nəticəsində yeddi nəfərlik ailə həlak olub."
    assert _read(text) == [("killed", "all", 7, None)]


def test_a_family_of_so_many_in_digits_before_the_place():
    text = "3 nəfərlik ailə Qarabulaq kəndindəki evin dağıntıları altında qalaraq ölüb."
    assert _read(text) == [("killed", "all", 3, None)]


def test_near_miss_the_capacity_of_a_place():
    text = "200 nəfərlik təcridxanada hazırda 310 nəfər saxlanılır."
    assert _read(text) == [("detained", "all", 310, None)]


def test_near_miss_a_family_helped_is_no_fate():
    text = "Bu həftə 6 nəfərlik ailəyə humanitar yardım çatdırılıb."
    assert _read(text) == []
