"""A table of exhumations: a column headed by graves counts burial sites though it names no
act ("Məzarlıqlar"), a column of remains brought out or found counts persons found dead
("Tapılan qalıqlar"), and a row labelled with a village is the place they lie in ("Çaylı
kəndi"), not villages counted. Tables written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

EXHUMED = (
    "Yer | Məzarlıqlar | Tapılan qalıqlar\n"
    "Çaylı kəndi | 3 | 22\n"
    "Qayalı yaylağı | 2 | 14\n"
    "Cəmi | 5 | 36\n"
)


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_columns_of_graves_and_of_remains_count_burial_sites_and_the_found_dead():
    assert _read(EXHUMED) == [
        ("burial_sites", "all", 3),
        ("found_dead", "all", 22),
        ("burial_sites", "all", 2),
        ("found_dead", "all", 14),
        ("burial_sites", "all", 5),
        ("found_dead", "all", 36),
    ]


def test_near_miss_villages_under_an_act_are_still_villages_counted():
    text = "Obyekt | Dağıdılıb\nKəndlər | 12\nMəktəblər | 4\n"
    assert _read(text) == [
        ("property_destroyed", "settlements", 12),
        ("property_destroyed", "schools", 4),
    ]
