""" "Cənazə", a body made ready for burial, is a body as "meyit" and "nəş" are: the bodies of
persons handed over to their families are persons found dead, even of persons said to have
been killed ("həlak olmuş 7 əsgərin cənazəsi"). Persons handed over alive are released.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_the_bodies_of_soldiers_handed_over_are_found_dead():
    assert _read("Dünən 7 əsgərin cənazəsi ailələrinə təhvil verilib.") == [("found_dead", 7)]


def test_the_bodies_of_the_killed_handed_over_are_found_dead():
    text = "Dünən həlak olmuş 7 əsgərin cənazəsi də ailələrinə təhvil verilib."
    assert _read(text) == [("found_dead", 7)]


def test_near_miss_persons_handed_over_are_released():
    assert _read("Dünən 7 nəfər ailələrinə təhvil verilib.") == [("released", 7)]


def test_the_bodies_of_persons_handed_over_to_the_other_side():
    # "meyiti" is owned by "nəfərin"; "qarşı" after it, which ends as a possessed noun
    # does, is the adjective of "tərəfə", no noun that "meyiti" owns.
    text = "Mübadilə çərçivəsində 14 nəfərin meyiti qarşı tərəfə təhvil verilib."
    assert _read(text) == [("found_dead", 14)]


def test_near_miss_persons_handed_over_to_the_other_side_are_released():
    assert _read("Mübadilə çərçivəsində 14 nəfər qarşı tərəfə təhvil verilib.") == [
        ("released", 14)
    ]
