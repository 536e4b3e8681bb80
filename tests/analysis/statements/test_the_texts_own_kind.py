"""A group or a kind of thing is kept by the word the text uses when that word is a free
label: demonstrators are not renamed protesters, and educational institutions counted
together (schools, kindergartens, colleges) are not renamed buildings or schools; synagogues,
chapels and prayer houses are places of worship as mosques and churches are. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Riot police used batons at the bridge, and 17 demonstrators were hurt.", "en"),
        ("У моста ОМОН применил дубинки, ранены 17 демонстрантов.", "ru"),
        ("Körpünün yanında polis dəyənək işlədib, 17 nümayişçi yaralanıb.", "az"),
    ],
)
def test_hurt_demonstrators_keep_their_word(text, language):
    assert figures(text, language) == [("injured", "demonstrators", 17)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guards arrested 45 demonstrators near the tower of Velmora.", "en"),
        ("Возле башни Вельморы задержаны 45 демонстрантов.", "ru"),
        ("Velmora qülləsinin yanında 45 nümayişçi saxlanılıb.", "az"),
    ],
)
def test_arrested_demonstrators_are_everyone_arrested(text, language):
    assert figures(text, language) == [("detained", "all", 45)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling left 312 educational institutions damaged and 41 destroyed in Orvel.", "en"),
        (
            "В Орвеле от обстрелов пострадали 312 образовательных учреждений, 41 из них разрушено.",
            "ru",
        ),
        ("Orveldə atəş nəticəsində 41 təhsil müəssisəsi dağıdılıb.", "az"),
    ],
)
def test_educational_institutions_are_their_own_kind(text, language):
    assert ("property_destroyed", "educational institutions", 41) in figures(text, language)


def test_buildings_of_educational_institutions_count_the_institutions():
    text = "В Орвеле разрушены 19 зданий образовательных организаций."
    assert figures(text, "ru") == [("property_destroyed", "educational institutions", 19)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the raid on Tessmoor two synagogues and a chapel were burned down.", "en"),
        ("При налёте на Тессмур сожжены две синагоги.", "ru"),
        ("Tessmur basqını zamanı iki sinaqoq yandırılıb.", "az"),
    ],
)
def test_synagogues_are_places_of_worship(text, language):
    assert figures(text, language)[0] == ("property_destroyed", "places of worship", 2)
