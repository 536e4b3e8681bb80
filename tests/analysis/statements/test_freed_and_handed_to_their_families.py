"""Persons freed and then handed to their families or parents were released: «освобождены и
переданы родственникам 40 человек», «отпущены и переданы родителям 6 подростков». The
handing over says only to whom, and no longer takes the count for bodies given over, as
«переданы» alone does (the bodies of the dead given to relatives are found dead).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_freed_and_handed_to_relatives_are_released():
    text = "В результате переговоров освобождены и переданы родственникам 40 человек."
    assert claim_fields(text, "ru", FIELDS) == [("released", "all", 40, None)]


def test_a_part_of_the_freed_and_handed_over():
    text = "Вчера отпущены и переданы родителям 16 задержанных; из отпущенных шестеро — женщины."
    assert claim_fields(text, "ru", FIELDS) == [
        ("released", "all", 16, None),
        ("released", "women", 6, 0),
    ]


def test_near_miss_bodies_handed_to_relatives_are_found():
    text = "Тела 9 погибших переданы родственникам."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", "all", 9, None)]
