"""Minors held by the police and handed to their parents or guardians are let go («все восемь
переданы родителям»); bodies handed to parents are found, as bodies handed over are.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_minors_handed_to_parents_are_released():
    assert claim_fields(
        "Среди задержанных были восемь несовершеннолетних; все восемь переданы родителям.",
        "ru",
    ) == [
        ("detained", "children", 8, None, None, "exact", None),
        ("released", "children", 8, None, None, "exact", 0),
    ]


def test_bodies_handed_to_parents_are_found():
    assert claim_fields("Тела двух погибших переданы родителям.", "ru") == [
        ("found_dead", "all", 2, None, None, "exact", None)
    ]


def test_all_of_the_minors_nested_late_are_children():
    assert claim_fields(
        "В отделы доставлены 200 человек. Среди доставленных было пятеро несовершеннолетних; "
        "все пятеро переданы родителям.",
        "ru",
    ) == [
        ("detained", "all", 200, None, None, "exact", None),
        ("detained", "children", 5, None, None, "exact", 0),
        ("released", "children", 5, None, None, "exact", 1),
    ]
