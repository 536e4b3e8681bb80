"""Azerbaijani: two "N of them" counts side by side after "onlardan", whose whole is no claim
(those who took part in a rally, who lived in a village), are both parts of that whole, not
the second a part of the first: "onlardan 35-i saxlanılıb, 12-si xəsarət alıb" is not 12 of the
35. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_parts_of_those_who_took_part():
    text = "Yürüşdə 300 nəfər iştirak edib, onlardan 41-i saxlanılıb, 9-u xəsarət alıb."
    assert _read(text) == [("detained", "all", 41, None), ("injured", "all", 9, None)]


def test_near_miss_parts_of_a_whole_counted():
    text = "Yürüşdə 300 nəfər saxlanılıb, onlardan 41-i döyülüb, 9-u xəsarət alıb."
    assert _read(text) == [
        ("detained", "all", 300, None),
        ("tortured", "all", 41, 0),
        ("injured", "all", 9, 0),
    ]


def test_near_miss_two_of_the_three():
    assert _read("Atışmada 3 nəfər həlak olub, ikisi güllələnib.") == [
        ("killed", "all", 3, None),
        ("killed", "all", 2, 0),
    ]
