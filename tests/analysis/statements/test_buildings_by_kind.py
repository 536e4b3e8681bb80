"""What was destroyed, by kind: kindergartens apart from schools, blocks of flats apart from
houses, tents of a camp as shelters, and the "structures" imagery counts; a part with no noun
of its own counts what its whole counts («из 300 домов разрушено 40»). Pupils of a school are
children. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The storm of shells destroyed 3 kindergartens and 5 apartment blocks in Orlen.", "en"),
        ("В Лужках снарядами разрушены 3 детских сада и 5 многоквартирных домов.", "ru"),
        ("Mərmilər nəticəsində 3 uşaq bağçası və 5 çoxmənzilli bina dağılıb.", "az"),
    ],
)
def test_kindergartens_and_blocks_of_flats_are_their_own_kinds(text, language):
    assert _read(text, language) == [
        ("property_destroyed", "kindergartens", 3, None),
        ("property_destroyed", "apartment buildings", 5, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A fire in the camp at Velm burned 18 tents on Sunday night.", "en"),
        ("Ночью в лагере под Вельмом сгорели 18 палаток.", "ru"),
        ("Gecə Velm düşərgəsində 18 çadır yanıb.", "az"),
        ("Raiders set fire to 18 shelters in the camp at Velm.", "en"),
    ],
)
def test_tents_are_shelters(text, language):
    assert _read(text, language) == [("property_destroyed", "shelters", 18, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Imagery of 9 July shows 130 of the 700 structures of Kesh destroyed.", "en"),
        ("Снимки от 9 июля показывают, что из 700 строений Кеша уничтожено 130.", "ru"),
        ("9 iyul təsvirləri göstərir ki, Keşdəki 700 tikilidən 130-u dağılıb.", "az"),
    ],
)
def test_structures_on_imagery_are_counted_as_structures(text, language):
    assert _read(text, language) == [("property_destroyed", "structures", 130, None)]


@pytest.mark.parametrize(
    "text",
    ["Из 250 домов деревни сожжено 60.", "Из 250 домов деревни 60 сожжено."],
)
def test_a_part_of_counted_things_counts_things(text):
    assert _read(text, "ru") == [("property_destroyed", "homes", 60, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Five pupils of the village school were wounded by the blast.", "en"),
        ("У ворот школы взрывом ранены пятеро учащихся.", "ru"),
        ("Partlayış nəticəsində kənd məktəbinin beş şagirdi yaralanıb.", "az"),
    ],
)
def test_pupils_are_children(text, language):
    assert _read(text, language) == [("injured", "children", 5, None)]


def test_persons_staying_in_shelters_count_no_shelter():
    # The persons are displaced (test_staying_in_a_shelter); the shelters are no figure.
    text = "About 1,200 people are staying in 12 shelters."
    assert _read(text, "en") == [("displaced", "all", 1200, None)]
