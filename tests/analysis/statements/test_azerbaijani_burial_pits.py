"""Azerbaijani pits and trenches ("quyu", "çuxur", "xəndək") are sites: counted in the
locative where the dead were buried or their remains found, they are burial sites, as graves
counted so are ("iki məzarlıqda"); a well dug or a pit where no dead lie is no figure. A
grave's pit ("məzar çuxuru") is a grave. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_bodies_buried_in_pits():
    text = "Girovlardan 9-u güllələnib, meyitləri meşədəki üç çuxurda basdırılıb."
    assert ("burial_sites", "all", 3, None) in _read(text)


def test_remains_found_in_wells_count_the_wells():
    text = "Axtarış qrupu qalıqları dağ kəndindəki iki quyuda tapıb."
    assert _read(text) == [("burial_sites", "all", 2, None)]


def test_a_graves_pit_is_a_grave():
    text = "Ekspertlər 4 məzar çuxurundan 30 nəfərə aid qalıqlar çıxarıb."
    assert _read(text) == [("burial_sites", "all", 4, None), ("found_dead", "all", 30, None)]


def test_near_miss_wells_dug_for_water():
    text = "Layihə çərçivəsində kənddə 6 yeni quyu qazılıb."
    assert _read(text) == []


def test_near_miss_mines_buried():
    text = "Yol boyunca 25 mina basdırılıb."
    assert _read(text) == []
