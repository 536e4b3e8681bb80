""" "Six were traced to the central prison months on": persons traced or located in a
place of custody are detained (a part of the disappeared or missing they were counted
among). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_traced_to_a_prison():
    text = "Seven of the students were eventually traced to the regional prison."
    assert _read(text) == [("detained", "students", 7, "exact", None)]


def test_traced_to_places_of_detention_among_the_missing():
    text = "Of the 250 people reported missing, 35 were traced to places of detention."
    assert _read(text) == [
        ("missing", "all", 250, "exact", None),
        ("detained", "all", 35, "exact", 0),
    ]


def test_near_miss_a_place_located_somewhere():
    text = "The camp, located in a valley, houses 400 people."
    assert ("detained", "all", 400, "exact", None) not in _read(text)
