"""Passages written here in English, Russian and Azerbaijani that one language read otherwise
than the other two: a Russian part younger than an age («моложе 18 лет»), an Azerbaijani
exchange in the active or passive ("mübadilə edib"), a Russian right figure after a semicolon
in the sentence that gave the wrong one."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thirty people died. Nine of them were under 18.", "en"),
        ("Погибли тридцать человек. Девять из них были моложе 18 лет.", "ru"),
    ],
)
def test_a_part_younger_than_18_is_children(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", "all", 30, None),
        ("killed", "children", 9, 0),
    ]


def test_near_miss_russian_younger_than_an_adult_age_names_no_group():
    text = "Погибли тридцать человек. Девять из них были моложе 40 лет."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 30, None),
        ("killed", "all", 9, 0),
    ]


@pytest.mark.parametrize(
    "text",
    ["Tərəflər 64 əsiri mübadilə edib.", "Dünən 64 əsir mübadilə edilib."],
)
def test_azerbaijani_exchanged_are_released(text):
    assert claim_fields(text, "az", ("category", "count")) == [("released", 64)]


def test_near_miss_azerbaijani_an_exchange_expected_is_none_yet():
    text = "64 əsirin mübadiləsi gözlənilir."
    assert claim_fields(text, "az", ("category", "count")) == [("captured", 64)]


def test_russian_right_figure_after_a_semicolon():
    text = "В первой версии заметки говорилось о 19 раненых; правильная цифра — 17."
    assert claim_fields(text, "ru", ("category", "count")) == [("injured", 17)]
