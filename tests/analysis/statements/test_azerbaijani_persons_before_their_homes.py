"""'nəfər' counts persons and qualifies no noun: in "3000 nəfər evlərini tərk edib" the
possessed noun after it is their object, not what is counted, even where houses were counted
just before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_persons_who_left_their_homes_after_houses_counted():
    text = "Daşqın 70 evi yararsız hala salıb, 400 nəfər evlərini tərk edib."
    assert ("displaced", "all", 400, None) in _read(text)


def test_persons_who_left_their_homes_after_houses_destroyed():
    text = "Atəş nəticəsində 35 ev dağıdılıb, 210 nəfər evlərini tərk etməyə məcbur olub."
    assert _read(text) == [
        ("property_destroyed", "homes", 35, None),
        ("displaced", "all", 210, None),
    ]


def test_near_miss_a_noun_that_qualifies_the_place():
    assert _read("Beş nəfər polis bölməsinə gətirilib.") == [("detained", "all", 5, None)]
