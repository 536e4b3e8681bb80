"""An age made an adjective between a count and its noun ("two 17-year-old boys", «двое
16-летних подростков», "70 yaşlı iki qadın"): the noun after the age is what was counted,
and the age counts no one, neither as a figure nor as the elderly. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two 17-year-old boys were shot dead at the checkpoint.", "en", ("killed", "boys", 2)),
        ("Three eighty-year-old women were wounded in the blast.", "en", ("injured", "women", 3)),
        ("Police arrested four 16 year old students.", "en", ("detained", "students", 4)),
        ("У блокпоста застрелены двое 16-летних подростков.", "ru", ("killed", "children", 2)),
        ("При взрыве ранены три 80-летние женщины.", "ru", ("injured", "women", 3)),
    ],
)
def test_the_noun_after_the_age_is_counted(text, language, expected):
    assert _read(text, language) == [(*expected, None)]


def test_an_azerbaijani_age_before_a_number_is_no_count_of_the_elderly():
    # "yaşlı" is aged as well as elderly: a number after it counts the persons, so the
    # number before it is their age, even after another count joined by "və".
    text = "Azad edilən 40 nəfərin arasında 6 qadın və 16 yaşlı iki oğlan var."
    assert _read(text, "az") == [
        ("released", "all", 40, None),
        ("released", "women", 6, 0),
        ("released", "boys", 2, 0),
    ]


def test_near_miss_elderly_listed_after_a_count_still_counts():
    text = "Atəş nəticəsində 30 uşaq və 12 yaşlı insan yaralanıb."
    assert _read(text, "az") == [
        ("injured", "children", 30, None),
        ("injured", "elderly", 12, None),
    ]


def test_near_miss_an_age_after_its_noun_leaves_the_noun_as_it_was():
    assert _read("Two boys aged 17 were shot dead.", "en") == [("killed", "boys", 2, None)]
