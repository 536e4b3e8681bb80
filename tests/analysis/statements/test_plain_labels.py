"""Persons and things a text names plainly by what they are: fishermen, drivers
and strikers are groups of their own (a free label, as miners are), bridges and market
stalls property of their own;
the staff of a newsroom («сотрудники редакций») are journalists. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The coast guard arrested six fishermen off Tarn.", "en", ("detained", "fishermen", 6)),
        ("У мыса Тарн задержаны шесть рыбаков.", "ru", ("detained", "fishermen", 6)),
        ("Tarn burnunda 6 balıqçı saxlanılıb.", "az", ("detained", "fishermen", 6)),
        ("Three truck drivers were wounded at the crossing.", "en", ("injured", "drivers", 3)),
        ("На переправе ранены трое водителей.", "ru", ("injured", "drivers", 3)),
        ("Keçiddə 3 sürücü yaralanıb.", "az", ("injured", "drivers", 3)),
    ],
)
def test_fishermen_and_drivers_are_groups_of_their_own(text, language, expected):
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Five bridges were destroyed in the retreat.", "en", ("property_destroyed", "bridges", 5)),
        ("При отступлении разрушены пять мостов.", "ru", ("property_destroyed", "bridges", 5)),
        ("Geri çəkilərkən 5 körpü dağıdılıb.", "az", ("property_destroyed", "bridges", 5)),
        (
            "The fire destroyed 18 market stalls.",
            "en",
            ("property_destroyed", "market stalls", 18),
        ),
        ("Сгорели 18 торговых павильонов.", "ru", ("property_destroyed", "market stalls", 18)),
    ],
)
def test_bridges_and_market_stalls_are_property_of_their_own(text, language, expected):
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За год 23 сотрудника региональных редакций покинули страну.",
            ("displaced", "journalists", 23),
        ),
        ("Задержаны 4 сотрудника редакции «Вестник».", ("detained", "journalists", 4)),
    ],
)
def test_staff_of_a_newsroom_are_journalists(text, expected):
    assert claim_fields(text, "ru", ("category", "subgroup", "count")) == [expected]


def test_strikers_are_a_group_of_their_own():
    text = "Riot police detained 52 strikers at the depot; 30 were let go at dawn."
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("detained", "strikers", 52, None),
        ("released", "strikers", 30, 0),
    ]
