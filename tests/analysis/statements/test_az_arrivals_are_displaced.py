"""Azerbaijani: persons who arrived from the place they lived ("kənddən 30 nəfər gəlib"),
who entered the country ("ölkəyə 500 nəfər daxil olub") and the arrivals a refugee agency
counts ("gələnlərin sayı", "gələn şəxslərin sayı") have left their homes, as "arrived" and
"arrivals" in English. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Səhər qonşu kənddən 30 nəfər gəlib, onlardan 12-si uşaqdır.",
        "Dünən axşam Dağyurd şəhərindən iki avtobusla 30 nəfər gəldi, onlardan 12-si uşaqdır.",
        "Gün ərzində sərhəd məntəqəsindən ölkəyə 30 nəfər daxil olub, onlardan 12-si uşaqdır.",
    ],
)
def test_those_who_came_are_displaced_with_their_parts(text):
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "all", 30, None),
        ("displaced", "children", 12, 0),
    ]


def test_the_count_of_arrivals_is_displaced():
    text = "Martın 1-dən bəri gələnlərin ümumi sayı 7.450 nəfərə çatıb."
    assert claim_fields(text, "az", ("category", "count")) == [("displaced", 7450)]


def test_the_count_of_persons_who_came_with_a_participle_beside_it():
    text = (
        "Yanvarın 10-dan bəri dağ kəndlərindən gələn və qeydə alınan şəxslərin sayı 3.260 "
        "nəfərə çatıb. Onlardan 1.400-ü uşaqdır."
    )
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("displaced", "all", 3260, None),
        ("displaced", "children", 1400, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kəndə humanitar yardımla 3 yük maşını gəlib.",
        "Xəstəxanaya 5 həkim köməyə gəlib.",
    ],
)
def test_coming_from_no_home_left_is_no_displacement(text):
    assert claim_fields(text, "az", ("category",)) == []
