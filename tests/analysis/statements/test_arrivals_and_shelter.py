"""Persons who arrived, crossed a border or are sheltered in a transit centre have left their
homes (displaced); persons registered by a registrar named for refugees in the statement's
heading are refugees; an Azerbaijani upper bound "minədək" is up to a thousand. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "count_low", "count_high"))


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("In the week to 3 May, 2,140 new arrivals were counted at the Pell crossing.", "en", 2140),
        ("About 800 people crossed the border at Pell overnight.", "en", 800),
        ("The school gym in Pell is now sheltering 350.", "en", 350),
        ("За ночь около 800 человек пересекли границу у Пелла.", "ru", 800),
        ("Gecə ərzində 800 nəfər sərhədi keçib.", "az", 800),
        ("Pell kəndindən 800 nəfər öz yaşayış yerini tərk edib.", "az", 800),
    ],
)
def test_arrivals_crossings_and_shelter_are_displacement(text, language, count):
    assert _read(text, language) == [("displaced", count, None, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Office for Refugees. Note for partners, 3 May.\n"
            "This week the Office has registered 1,240 people in Pell.",
            "en",
        ),
        (
            "Управление по делам беженцев. Справка для партнёров, 3 мая.\n"
            "На этой неделе Управление зарегистрировало 1 240 человек в Пелле.",
            "ru",
        ),
        (
            "Qaçqınların İşləri üzrə İdarə. Tərəfdaşlar üçün qeyd, 3 may.\n"
            "Bu həftə İdarə Pell şəhərində 1.240 nəfəri qeydiyyata alıb.",
            "az",
        ),
    ],
)
def test_persons_registered_by_the_refugee_body_of_the_heading_are_displaced(text, language):
    assert _read(text, language) == [("displaced", 1240, None, None)]


def test_a_registrar_named_for_nothing_of_ours_registers_no_figure():
    text = "Office for Roads. Note, 3 May.\nThis week the Office has registered 1,240 vehicles."
    assert _read(text, "en") == []


def test_an_azerbaijani_thousand_with_the_terminative_is_the_upper_bound():
    text = "Pell kəndindən 4 mindən 6 minədək insan qaçıb."
    assert _read(text, "az") == [("displaced", None, 4000, 6000)]


def test_a_vehicle_of_evacuees_come_in_with_its_passengers_counted():
    text = (
        "Журнал дежурного\n\n"
        "13:15 — Прибыл автобус из Верхней Сосновки: 37 человек, в т. ч. 11 детей.\n"
        "16:40 — Прибыла колонна из Ключей: 85 человек.\n"
    )
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "all", 37, None),
        ("displaced", "children", 11, 0),
        ("displaced", "all", 85, None),
    ]


def test_near_miss_a_vehicle_with_no_persons_counted():
    text = "В 11:00 прибыла колонна военной техники, 12 машин."
    assert _read(text, "ru") == []
