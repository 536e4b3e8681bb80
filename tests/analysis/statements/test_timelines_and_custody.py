"""Words of the genres the seventh sealed set brought: a timeline's or a headline's present
("a blaze destroys 12 homes", "300 villagers flee", "police detain 25"); persons brought to the
police («в отделы доставлены», "polis şöbəsinə gətirilib") or behind bars («за решёткой»,
"dəmir barmaqlıqlar arxasında") are detained; persons who left a place for elsewhere («выехали
из города») are displaced; days («30 sutka») and pieces ("2 ədəd") are measures.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 March - A blaze destroys 12 homes; some 300 villagers flee to the hills.",
            [("property_destroyed", "homes", 12, None), ("displaced", "all", 300, None)],
        ),
        ("Police detain 25 students outside the court.", [("detained", "students", 25, None)]),
        ("Gunmen abducts 4 engineers, the army frees 9 hostages.", None),
    ],
)
def test_the_present_of_a_timeline_is_read(text, expected):
    found = _read(text, "en")
    if expected is None:
        assert [c[0] for c in found] == ["captured", "released"]
    else:
        assert found == expected


def test_a_prisoner_seen_to_die_is_no_count_of_the_dead():
    text = "Of the 30 detainees we met, six said they had seen a cellmate die."
    assert [c[0] for c in _read(text, "en")] == ["detained"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "По итогам акции в отделы доставлены 33 человека, из них 20 отпущены.",
            "ru",
            [("detained", "all", 33, None), ("released", "all", 20, 0)],
        ),
        (
            "Aksiyadan sonra 33 nəfər polis şöbəsinə gətirilib, onlardan 20-si sərbəst buraxılıb.",
            "az",
            [("detained", "all", 33, None), ("released", "all", 20, 0)],
        ),
        ("За решёткой по-прежнему 15 журналистов.", "ru", [("detained", "journalists", 15, None)]),
        (
            "As of May, 15 journalists remain behind bars.",
            "en",
            [("detained", "journalists", 15, None)],
        ),
    ],
)
def test_persons_brought_to_the_police_or_behind_bars_are_detained(text, language, expected):
    assert _read(text, language) == expected


def test_persons_who_left_a_place_for_elsewhere_are_displaced():
    assert _read("Из посёлка выехали около 700 жителей.", "ru") == [("displaced", "all", 700, None)]


def test_crews_that_went_to_a_place_are_no_count():
    assert _read("На место выехали 9 пожарных расчётов.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "Onlardan 4 nəfər 15 sutkadək inzibati qaydada həbs olunub.",
        "Müraciətə 3 ədəd fotoşəkil əlavə edin.",
    ],
)
def test_days_and_pieces_are_measures(text):
    assert all(c[2] not in {15, 3} for c in _read(text, "az"))
