"""Half a dozen, half a hundred in Russian's other cases, dozens in Russian, «оба» (both)
as the count two, in every case and gender, and English hundreds past ten ("twelve hundred").
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Half a dozen journalists were detained.",
            "en",
            [("detained", "journalists", 6, None, None, "exact", None)],
        ),
        (
            "Полдюжины журналистов задержаны.",
            "ru",
            [("detained", "journalists", 6, None, None, "exact", None)],
        ),
        (
            "Задержаны две дюжины человек.",
            "ru",
            [("detained", "all", 24, None, None, "exact", None)],
        ),
        (
            "Погибли более полусотни человек.",
            "ru",
            [("killed", "all", 50, None, None, "at_least", None)],
        ),
        (
            "Было ранено около полутысячи мирных жителей.",
            "ru",
            [("injured", "civilians", 500, None, None, "about", None)],
        ),
        (
            "Оба журналиста погибли.",
            "ru",
            [("killed", "journalists", 2, None, None, "exact", None)],
        ),
        (
            "Обе женщины ранены.",
            "ru",
            [("injured", "women", 2, None, None, "exact", None)],
        ),
        (
            "Погибли 10 человек, в том числе оба водителя.",
            "ru",
            [
                ("killed", "all", 10, None, None, "exact", None),
                ("killed", "drivers", 2, None, None, "exact", 0),
            ],
        ),
    ],
)
def test_halves_dozens_and_both_are_counts(text, language, claims):
    assert claim_fields(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # "half a" before what is no number word is no count.
        ("Half a mile away, 40 people were detained.", "en", [("detained", "all", 40)]),
        # Both sides, both times: no persons counted.
        ("Обе стороны заявили о потерях.", "ru", []),
        ("Оба раза погибли 3 человека.", "ru", [("killed", "all", 3)]),
    ],
)
def test_both_of_things_is_no_count(text, language, claims):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Twelve hundred people were displaced.", [("displaced", "all", 1200, "exact", None)]),
        ("Twenty-five hundred people were displaced.", [("displaced", "all", 2500, "exact", None)]),
        (
            "Some fifteen hundred people were detained, including two hundred women.",
            [("detained", "all", 1500, "about", None), ("detained", "women", 200, "exact", 0)],
        ),
        (
            "Eleven hundred and fifty people were killed.",
            [("killed", "all", 1150, "exact", None)],
        ),
    ],
)
def test_english_hundreds_past_ten(text, claims):
    fields = ("category", "subgroup", "count", "qualifier", "parent")
    assert claim_fields(text, "en", fields) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A couple dozen people were injured.", ("injured", "all", 24)),
        ("A couple of hundred people were detained.", ("detained", "all", 200)),
        ("A couple thousand people were displaced.", ("displaced", "all", 2000)),
    ],
)
def test_a_couple_of_a_scale_is_two_of_it(text, claim):
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [claim]


def test_a_couple_of_days_is_no_count():
    text = "A couple of days later, 40 people were detained."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 40)]
