"""The plural of a Russian round number in any case is a vague count, kept as written
(«сотни», «о сотнях задержанных», «помогают тысячам беженцев»); the singular is a number
(«более сотни»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("В сети пишут о сотнях задержанных.", "сотнях"),
        ("Волонтёры помогают тысячам беженцев.", "тысячам"),
        ("Задержаны десятки студентов.", "десятки"),
    ],
)
def test_the_plural_of_a_round_number_is_vague(text, words):
    [claim] = [c for c in claim_fields(text, "ru", ("count", "qualifier", "qualifier_words"))]
    assert claim == (None, "vague", words)


def test_the_singular_is_a_number():
    assert claim_fields("Задержаны более сотни студентов.", "ru", ("count", "qualifier")) == [
        (100, "at_least")
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Bir neçə yüz insan saxlanılıb.", ("detained", "all", None, "vague", "Bir neçə yüz")),
        (
            "Bir neçə min insan köçkün düşüb.",
            ("displaced", "all", None, "vague", "Bir neçə min"),
        ),
        (
            "Several hundred people were detained.",
            ("detained", "all", None, "vague", "Several hundred"),
        ),
    ],
)
def test_several_hundred_is_vague_not_a_hundred(text, claim):
    fields = ("category", "subgroup", "count", "qualifier", "qualifier_words")
    assert claim_fields(text, "auto", fields) == [claim]


def test_a_number_after_several_days_is_read():
    text = "Bir neçə gün ərzində 100 nəfər saxlanılıb."
    assert claim_fields(text, "az", ("category", "count", "qualifier")) == [
        ("detained", 100, "exact")
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Tens of people were injured.", [("injured", "all", None, "vague", None)]),
        (
            "Tens of civilians were killed, including dozens of children.",
            [
                ("killed", "civilians", None, "vague", None),
                ("killed", "children", None, "vague", 0),
            ],
        ),
        (
            "Tens of thousands of people were displaced.",
            [("displaced", "all", None, "vague", None)],
        ),
    ],
)
def test_tens_of_persons_is_vague(text, claims):
    fields = ("category", "subgroup", "count", "qualifier", "parent")
    assert claim_fields(text, "en", fields) == claims


def test_tens_of_things_counts_no_one():
    text = "The tens of metres of wall collapsed; 3 people were injured."
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 3)]


@pytest.mark.parametrize(
    ("text", "language", "claim"),
    [
        (
            "Dozens, perhaps hundreds, of people were detained.",
            "en",
            ("detained", "all", None, "vague", "Dozens, perhaps hundreds"),
        ),
        (
            "Десятки, если не сотни, людей задержаны.",
            "ru",
            ("detained", "all", None, "vague", "Десятки, если не сотни"),
        ),
    ],
)
def test_a_second_guess_between_commas_is_part_of_the_vague_words(text, language, claim):
    fields = ("category", "subgroup", "count", "qualifier", "qualifier_words")
    assert claim_fields(text, language, fields) == [claim]


def test_a_part_between_commas_after_a_vague_count_stays_a_part():
    text = "Hundreds, including 40 children, were detained."
    assert claim_fields(text, "en", ("subgroup", "count", "parent")) == [
        ("all", None, None),
        ("children", 40, 0),
    ]
