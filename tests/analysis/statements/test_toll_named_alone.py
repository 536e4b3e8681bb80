"""A toll that names nothing it counts is a toll of the dead, as news updates give it ("Toll
from Ganja strike rises to 14", "The toll now stands at 41"), as «Число жертв возросло до 14»
is. A toll that names what it counts counts that ("The toll of wounded rose to 41"); the
victims of torture or of mines are not the dead ("İşgəncə qurbanlarının sayı" counts the
tortured). A toll revised gives its new count ("revised the toll upward to 41"). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Toll from Ganja strike rises to 14", "en", [("killed", "all", 14, None)]),
        ("The toll now stands at 41.", "en", [("killed", "all", 41, None)]),
        ("The toll of wounded rose to 41.", "en", [("injured", "all", 41, None)]),
        ("Число жертв обстрела возросло до 14.", "ru", [("killed", "all", 14, None)]),
        ("Shelling claims 12 lives in Tartar", "en", [("killed", "all", 12, None)]),
        (
            "Missile strike claims the lives of 12 civilians",
            "en",
            [("killed", "civilians", 12, None)],
        ),
    ],
)
def test_a_toll_named_alone_counts_the_dead(text, language, expected):
    assert claim_fields(text, language, _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The shelling took a heavy toll on the town: 14 homes were destroyed.",
            "en",
            [("property_destroyed", "homes", 14, None)],
        ),
        ("Qurbanların arasında 4 uşaq var.", "az", []),
        ("İşgəncə qurbanlarının sayı 12-yə çatıb.", "az", [("tortured", "all", 12, None)]),
        ("Mina qurbanlarının sayı 12-yə çatıb.", "az", []),
    ],
)
def test_a_toll_is_no_count_of_what_the_text_counts_otherwise(text, language, expected):
    assert claim_fields(text, language, _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry revised the toll upward to 41 from an earlier 25.", [("killed", 41)]),
        ("The toll was revised down to 21 after duplicates were removed.", [("killed", 21)]),
        (
            "Twelve were killed; the number of shelters was revised down to 4.",
            [("killed", 12)],
        ),
    ],
)
def test_a_toll_revised_gives_its_new_count(text, expected):
    assert claim_fields(text, "en", ("category", "count")) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The toll has now passed 40.", "en"),
        ("The death toll crossed 40 on Monday.", "en"),
        ("Ölənlərin sayı 40-ı keçib.", "az"),
        ("Ölənlərin sayı 40 nəfəri keçib.", "az"),
    ],
)
def test_a_toll_that_passed_a_number_is_at_least_that(text, language):
    assert claim_fields(text, language, ("category", "count", "qualifier")) == [
        ("killed", 40, "at_least")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("40 keçmiş əsir azad edilib.", "az", [("released", 40, "exact")]),
        (
            "Twelve were detained; the number of shelters passed 40.",
            "en",
            [("detained", 12, "exact")],
        ),
    ],
)
def test_former_and_things_passed_are_no_toll_passed(text, language, expected):
    assert claim_fields(text, language, ("category", "count", "qualifier")) == expected
