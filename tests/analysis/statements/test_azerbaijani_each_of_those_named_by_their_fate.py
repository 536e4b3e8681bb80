""" "hər biri" (each one) after a count of persons in the genitive says the verb of all of them,
as "hamısı" does; and a count named by the participle of an earlier fate before it
("Qaytarılan 9 nəfərin …", the 9 returned) is a part of the figure of that fate, also when
that figure is itself a part counted before and is named again in full. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_each_of_them_takes_the_verb_after_it():
    text = "Saxlanılan 14 nəfərin hər biri döyülüb."
    assert _read(text) == [("tortured", "all", 14, None)]


def test_near_miss_each_of_them_given_something_is_no_act():
    text = "Saxlanılan 14 nəfərin hər birinə 50 manat cərimə yazılıb."
    assert _read(text) == [("detained", "all", 14, None)]


def test_those_returned_named_again_by_their_participle():
    text = (
        "Dəstə 25 nəfəri girov götürüb. Onlardan 9-u bir ay sonra qaytarılıb. "
        "Qaytarılan 9 nəfərin hər biri işgəncəyə məruz qaldığını bildirib."
    )
    assert _read(text) == [
        ("captured", "all", 25, None),
        ("released", "all", 9, 0),
        ("tortured", "all", 9, 1),
    ]


def test_near_miss_a_participle_of_no_fate_counted_before():
    text = "Dəstə kənddə 6 evi yandırıb. Yaralanan 3 nəfərin hər biri xəstəxanaya aparılıb."
    assert _read(text)[0] == ("property_destroyed", "homes", 6, None)
    assert all(parent is None for *_, parent in _read(text))
