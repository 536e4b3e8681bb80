""" "Klinikada 16 qapı dəyişdirilib": "dəyişdirilib" is "exchanged" of captives but "replaced"
of things; after a count whose noun names neither persons, a group nor captives it releases
no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_doors_replaced_are_no_release():
    assert _read("Hücumdan sonra klinikada 16 qapı dəyişdirilib.") == []


def test_possessed_things_replaced_are_no_release():
    assert _read("Məktəbin 33 pəncərəsi artıq dəyişdirilib.") == []


def test_near_miss_captives_exchanged_are_released():
    assert _read("Dünən daha 9 girov dəyişdirilib.") == [("released", 9)]


def test_near_miss_a_part_of_captives_exchanged_is_released():
    text = "Tərəflər 20 əsiri mübadilə etməyə razılaşıb. Onlardan 12-si artıq dəyişdirilib."
    assert ("released", 12) in _read(text)
