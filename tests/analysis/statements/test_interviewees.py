"""Persons interviewed are no figure ("the monitors interviewed 30 detainees", «побеседовали с
30 задержанными», "30 məhbusla söhbət aparıb"); what some of them told is a figure with no
whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The jail at Brill held 210 detainees. The monitors interviewed 30 detainees. Nine of "
         "them said they had been beaten by guards.", "en"),
        ("В СИЗО Брилля содержались 210 человек. Наблюдатели побеседовали с 30 задержанными. "
         "Девять из них избиты охраной.", "ru"),
        ("Brill təcridxanasında 210 nəfər saxlanılırdı. Müşahidəçilər 30 saxlanılan şəxslə "
         "söhbət aparıb. Onlardan 9-u işgəncəyə məruz qalıb.", "az"),
    ],
)  # fmt: skip
def test_interviewees_are_no_whole(text, language):
    assert _read(text, language) == [("detained", 210, None), ("tortured", 9, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 30 people in Brill; the metres of barbed wire were removed.", "en"),
        ("В Брилле задержаны 30 человек.", "ru"),
    ],
)
def test_other_counts_stay(text, language):
    assert _read(text, language) == [("detained", 30, None)]


def test_interviewees_whose_fate_a_verb_of_their_own_gives_are_a_figure():
    text = (
        "Researchers interviewed 44 former prisoners held at the Dale barracks in 2021. Of them, "
        "30 said they had been tortured."
    )
    assert _read(text, "en") == [("detained", 44, None), ("tortured", 30, 0)]


def test_azerbaijani_interviewees_named_held_by_a_participle_before_them_are_a_figure():
    # The relative clause before the count is their own verb, as "held at" after it is.
    text = "Tədqiqatçılar Dale kazarmasında saxlanılan 44 nəfərlə görüşüb; onlardan 30-u qadındır."
    assert _read(text, "az") == [("detained", 44, None), ("detained", 30, 0)]


def test_azerbaijani_near_miss_former_detainees_are_no_figure():
    text = "Tədqiqatçılar keçmiş saxlanılan 44 nəfərlə görüşüb."
    assert _read(text, "az") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 57 former detainees interviewed, 49 said they had been beaten.", "en"),
        ("Of the 57 former detainees interviewed by the monitors, 49 said they had been beaten.",
         "en"),
        ("Из 57 опрошенных бывших задержанных 49 заявили, что их избивали.", "ru"),
        ("Из 57 бывших задержанных, опрошенных правозащитниками, 49 заявили, что их избивали.",
         "ru"),
        ("Söhbət aparılan 57 keçmiş məhbusdan 49-u döyüldüyünü bildirib.", "az"),
    ],
)  # fmt: skip
def test_interviewees_named_by_a_participle_are_no_whole(text, language):
    assert _read(text, language) == [("tortured", 49, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 57 people and interviewed them.", "en"),
        ("Задержаны 57 человек, опрошенных позже следователями.", "ru"),
    ],
)
def test_persons_detained_then_interviewed_are_detained(text, language):
    assert _read(text, language) == [("detained", 57, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Правозащитники опросили 57 бывших задержанных, 49 из них заявили, что их избивали.",
        "Наблюдатели побеседовали с 57 бывшими задержанными. 49 из них избиты охраной.",
    ],
)
def test_former_detainees_interviewed_in_russian_are_no_whole(text):
    assert _read(text, "ru") == [("tortured", 49, None)]


def test_former_detainees_with_a_participle_clause_of_their_own_are_a_figure():
    text = "Правозащитники опросили 57 бывших задержанных, содержавшихся в СИЗО."
    assert _read(text, "ru") == [("detained", 57, None)]
