"""Victims of the act a sentence names before them, the act applied to persons, and the
persons an Azerbaijani participle names before what befell them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Officers tortured suspects at the station; 21 were recognised as victims.",
            "en",
            [("tortured", "all", 21, None)],
        ),
        (
            "Конвоиры избивали задержанных; потерпевшими признаны 21 человек, "
            "трое из них умерли в больнице.",
            "ru",
            [("tortured", "all", 21, None), ("killed", "all", 3, 0)],
        ),
        (
            "Məntəqədə saxlanılanlara işgəncə verilib; 21 nəfər zərərçəkmiş kimi tanınıb.",
            "az",
            [("tortured", "all", 21, None)],
        ),
    ],
)
def test_victims_suffered_the_act_named_before_them(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the fraud case 21 people were recognised as victims.", "en"),
        ("По делу о мошенничестве потерпевшими признаны 21 человек.", "ru"),
    ],
)
def test_victims_of_no_act_we_count_are_no_figure(text, language):
    assert read_statement(text, language).claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "Пытки применялись к 16 задержанным.",
        "Охранники применяли пытки к 16 задержанным.",
        "К 16 задержанным применялись пытки.",
    ],
)
def test_torture_applied_to_persons(text):
    assert [(c.category, c.count) for c in read_statement(text, "ru").claims] == [("tortured", 16)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Bölmədə 16 saxlanılana işgəncə verilib.", "tortured"),
        ("16 saxlanılan işgəncəyə məruz qalıb.", "tortured"),
        ("Dünən 16 saxlanılan azad edilib.", "released"),
    ],
)
def test_an_azerbaijani_participle_names_the_persons_and_the_verb_after_it_their_fate(
    text, category
):
    assert [(c.category, c.count) for c in read_statement(text, "az").claims] == [(category, 16)]


def test_a_word_of_prosecution_across_a_comma_is_not_the_counts():
    # «осуждённых» is the noun of the count before the comma, not a charge against the two.
    text = "В колонии избили 30 осуждённых, двое из них скончались."
    assert figures(text, "ru") == [
        ("tortured", "prisoners", 30, None),
        ("killed", "prisoners", 2, 0),
    ]
    text = "За пытки осуждены 12 полицейских."
    assert figures(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven bodies with signs of torture were recovered from the quarry.", "en"),
        ("Тела одиннадцати человек со следами пыток обнаружены в карьере.", "ru"),
    ],
)
def test_bodies_bearing_marks_of_torture_were_found_dead_and_tortured(text, language):
    assert figures(text, language) == [
        ("found_dead", "all", 11, None),
        ("tortured", "all", 11, 0),
    ]


def test_victims_named_with_no_act_leave_no_category_behind():
    # The children joined to the victims share their words, and with no act named, their fate.
    assert read_statement("Потерпевшими признаны 30 человек и 9 детей.", "ru").claims == ()
    text = "Конвоиры избивали задержанных; потерпевшими признаны 30 человек и 9 подростков."
    assert figures(text, "ru") == [("tortured", "all", 30, None), ("tortured", "children", 9, None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Office for Displaced Persons has registered 5,300 people, among them 900 children.",
            "en",
            [("displaced", "all", 5300, None), ("displaced", "children", 900, 0)],
        ),
        (
            "Комитет по делам беженцев зарегистрировал 5 300 человек.",
            "ru",
            [("displaced", "all", 5300, None)],
        ),
        (
            "Qaçqınlar Komitəsi 5 300 nəfəri qeydiyyata alıb.",
            "az",
            [("displaced", "all", 5300, None)],
        ),
        # Registered as what the words after the verb name.
        ("Some 5,300 people are registered as missing.", "en", [("missing", "all", 5300, None)]),
        # The verb first, then the persons, then what they are registered as.
        ("The ICRC registered 1,300 people as missing.", "en", [("missing", "all", 1300, None)]),
        (
            "МККК зарегистрировал 1300 человек как пропавших без вести.",
            "ru",
            [("missing", "all", 1300, None)],
        ),
        (
            "BQXK 1300 nəfəri itkin düşmüş kimi qeydiyyata alıb.",
            "az",
            [("missing", "all", 1300, None)],
        ),
        # The persons registered, then a clause of their own: the registrar names them.
        (
            "Комитет по делам беженцев зарегистрировал 1300 человек, прибывших из Орска.",
            "ru",
            [("displaced", "all", 1300, None)],
        ),
        # A registrar named for nothing of ours, and cases that name their own act.
        ("The consulate registered 5,300 voters.", "en", []),
        ("The clinic registered 53 cases of torture.", "en", [("tortured", "all", 53, None)]),
    ],
)
def test_persons_registered_are_what_the_registrar_is_named_for(text, language, expected):
    assert figures(text, language) == expected
