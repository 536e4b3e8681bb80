"""Going to hospital is read as hurt only when nothing narrower is said. When a part of
those who went is said to be wounded in so many words ("onlardan 9-u yaralıdır"), the rest
were not: the visitors are no figure, the wounded part stands alone. A degree of the wound
("ağır yaralıdır") grades the hurt of some of them and keeps the whole. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_visitors_of_whom_some_wounded():
    text = "Rayon xəstəxanasına 30 nəfər müraciət edib, onlardan 9-u yaralıdır."
    assert _read(text) == [("injured", 9, None)]


def test_near_miss_a_degree_keeps_the_whole():
    text = "Xəstəxanaya 25 nəfər gətirilib, onlardan 4-ü ağır yaralıdır."
    assert _read(text) == [("injured", 25, None), ("injured", 4, 0)]


def test_near_miss_the_wounded_some_taken_to_hospital():
    text = "Zərbə nəticəsində 20 nəfər yaralanıb, onlardan 8-i xəstəxanaya yerləşdirilib."
    assert _read(text) == [("injured", 20, None), ("injured", 8, 0)]


def test_near_miss_the_wounded_brought_to_hospital():
    text = "Xəstəxanaya 16 yaralı gətirilib, onlardan 3-ü yaralıdır."
    assert _read(text) == [("injured", 16, None), ("injured", 3, 0)]


def test_near_miss_a_part_by_its_care():
    text = "Xəstəxanaya 26 nəfər müraciət edib, onlardan 10-u stasionara yerləşdirilib."
    assert _read(text)[0] == ("injured", 26, None)


def test_a_part_of_the_wounded_after_them_is_theirs():
    text = "Xəstəxanaya 40 nəfər müraciət edib, onlardan 12-si yaralıdır, o cümlədən 3 uşaq."
    assert _read(text) == [("injured", 12, None), ("injured", 3, 0)]
