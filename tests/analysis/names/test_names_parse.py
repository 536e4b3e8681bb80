"""Parsing names into given name, patronymic and surname, in any order and script."""

from __future__ import annotations

import pytest

from rightsledger.analysis.names import (
    NameOrder,
    Script,
    detect_order,
    detect_script,
    parse_name,
    parse_patronymic,
    surname_like,
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Əliyev Həsən Əli oğlu", Script.LATIN_AZERBAIJANI),
        ("Qasımov Elvin", Script.LATIN_AZERBAIJANI),
        ("Aliyev Qasim", Script.LATIN_AZERBAIJANI),
        ("Алиев Гасан Алиевич", Script.CYRILLIC),
        ("Aliev Gasan Alievich", Script.LATIN),
        ("Պետրոսյան Արամ", Script.ARMENIAN),
        ("ალიევი", Script.OTHER),
        ("  ", Script.EMPTY),
    ],
)
def test_it_detects_the_script(text: str, script: Script) -> None:
    assert detect_script(text) is script


@pytest.mark.parametrize(
    ("text", "surname", "given", "father", "sex", "order"),
    [
        ("Əliyev Həsən Əli oğlu", "Əliyev", "Həsən", "Əli", "M", NameOrder.SURNAME_FIRST),
        ("Алиев Гасан Алиевич", "Алиев", "Гасан", "Али", "M", NameOrder.SURNAME_FIRST),
        ("Гасан Алиевич Алиев", "Алиев", "Гасан", "Али", "M", NameOrder.GIVEN_FIRST),
        ("Hasan Aliyev", "Aliyev", "Hasan", "", "M", NameOrder.GIVEN_FIRST),
        ("Məmmədova Günel Rəşid qızı", "Məmmədova", "Günel", "Rəşid", "F", NameOrder.SURNAME_FIRST),
        (
            "Mamedova Gyunel Rashidovna",
            "Mamedova",
            "Gyunel",
            "Rashid",
            "F",
            NameOrder.SURNAME_FIRST,
        ),
        ("Гусейнова Лейла Мамед кызы", "Гусейнова", "Лейла", "Мамед", "F", NameOrder.SURNAME_FIRST),
        ("Elvin Hasanli", "Hasanli", "Elvin", "", None, NameOrder.GIVEN_FIRST),
        ("Aliyev, Hasan", "Aliyev", "Hasan", "", "M", NameOrder.SURNAME_FIRST),
        ("Musayeva Leyla Musayevna", "Musayeva", "Leyla", "Musa", "F", NameOrder.SURNAME_FIRST),
        ("Kifayat Mammadova", "Mammadova", "Kifayat", "", "F", NameOrder.GIVEN_FIRST),
        ("Grigoryan Aram", "Grigoryan", "Aram", "", None, NameOrder.SURNAME_FIRST),
    ],
)
def test_it_parses_names(
    text: str, surname: str, given: str, father: str, sex: str | None, order: NameOrder
) -> None:
    parsed = parse_name(text)
    assert (parsed.surname, parsed.given, parsed.father, parsed.sex, parsed.order) == (
        surname,
        given,
        father,
        sex,
        order,
    )
    assert parsed.original == text


def test_three_bare_words_read_as_surname_given_father() -> None:
    parsed = parse_name("Ismayilov Ali Musa")
    assert (parsed.surname, parsed.given, parsed.father) == ("Ismayilov", "Ali", "Musa")


def test_separate_fields_win_over_the_full_name() -> None:
    parsed = parse_name("Aliyev Hasan", given="Həsən", surname="Əliyev", patronymic="Əli oğlu")
    assert (parsed.surname, parsed.given, parsed.father) == ("Əliyev", "Həsən", "Əli")


@pytest.mark.parametrize("hint", [NameOrder.SURNAME_FIRST, NameOrder.GIVEN_FIRST])
def test_a_surname_in_ov_wins_over_a_given_name_in_li(hint: NameOrder) -> None:
    # Given names end in -li, -lu too (Məmmədəli, Hüseynqulu); none ends in -ov.
    for text in ("Hüseynqulu Əsgərov", "Əsgərov Hüseynqulu"):
        parsed = parse_name(text, order_hint=hint)
        assert (parsed.surname, parsed.given) == ("Əsgərov", "Hüseynqulu")
    assert parse_name("Тофик Гасанлы", order_hint=hint).surname == "Гасанлы"


def test_the_order_hint_decides_when_words_do_not() -> None:
    assert parse_name("Həsən Əli").surname == "Həsən"
    assert parse_name("Həsən Əli", order_hint=NameOrder.GIVEN_FIRST).surname == "Əli"


@pytest.mark.parametrize(
    ("text", "father", "sex"),
    [
        ("Əli oğlu", "Əli", "M"),
        ("Али оглы", "Али", "M"),
        ("Ali kyzy", "Ali", "F"),
        ("Алиевна", "Али", "F"),
        ("Musayevich", "Musa", "M"),
        ("Гасанович", "Гасан", "M"),
        # An Armenian-script list writes an Azerbaijani's oğlu / qızı in its letters.
        ("Ռասիմ օղլի", "Ռասիմ", "M"),
        ("Ռասիմ ղըզը", "Ռասիմ", "F"),
        ("Ali", "Ali", None),
        ("", "", None),
    ],
)
def test_it_reads_patronymics(text: str, father: str, sex: str | None) -> None:
    assert parse_patronymic(text) == (father, sex)


def test_it_detects_a_lists_name_order() -> None:
    given_first = ["Hasan Aliyev", "Leyla Mammadova", "Elvin Quliyev", "Aram Petrosyan"]
    surname_first = ["Aliyev Hasan", "Mammadova Leyla", "Quliyev Elvin"]
    assert detect_order(given_first) is NameOrder.GIVEN_FIRST
    assert detect_order(surname_first) is NameOrder.SURNAME_FIRST
    assert detect_order([]) is NameOrder.UNKNOWN


@pytest.mark.parametrize("word", ["Əliyev", "Алиева", "Petrosyan", "Həsənli", "Vəlizadə"])
def test_surname_endings_are_recognised(word: str) -> None:
    assert surname_like(word)


@pytest.mark.parametrize("word", ["Əli", "Vəli", "Kifayət", "Leyla", "Aram"])
def test_given_names_are_not_surnames(word: str) -> None:
    assert not surname_like(word)


def test_an_empty_name_parses_to_empty_parts() -> None:
    parsed = parse_name("")
    assert (parsed.given, parsed.surname, parsed.father, parsed.script) == (
        "",
        "",
        "",
        Script.EMPTY,
    )


def test_an_armenian_list_names_an_azerbaijani_father_with_the_marker_apart() -> None:
    parsed = parse_name("Ալիև Տուրալ Կյազիմ օղլի")
    assert (parsed.surname, parsed.given, parsed.father, parsed.sex) == (
        "Ալիև",
        "Տուրալ",
        "Կյազիմ",
        "M",
    )


@pytest.mark.parametrize(
    ("text", "given", "surname", "order"),
    [
        # A surname with no ending that tells it, in capitals, wherever it stands.
        ("TALIB Vusal", "Vusal", "TALIB", NameOrder.SURNAME_FIRST),
        ("Vusal TALIB", "Vusal", "TALIB", NameOrder.GIVEN_FIRST),
        ("Сабина КЕРИМ", "Сабина", "КЕРИМ", NameOrder.GIVEN_FIRST),
    ],
)
def test_one_word_in_capitals_is_the_surname(
    text: str, given: str, surname: str, order: NameOrder
) -> None:
    parsed = parse_name(text)
    assert (parsed.given, parsed.surname, parsed.order) == (given, surname, order)


def test_a_surname_in_capitals_in_the_given_column_is_the_surname() -> None:
    parsed = parse_name(given="HUSEYNLI", surname="Aysel", patronymic="Rauf qızı")
    assert (parsed.given, parsed.surname, parsed.father) == ("Aysel", "HUSEYNLI", "Rauf")


def test_capitals_everywhere_or_an_initial_tell_nothing() -> None:
    # A list all in capitals marks nothing; an initial in capitals is an initial.
    assert parse_name(given="VUSAL", surname="TALIBLI").given == "VUSAL"
    parsed = parse_name("A. Talıblı")
    assert (parsed.given, parsed.surname) == ("A.", "Talıblı")


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [("Gulnare Nesibva", "Nesibva", "Gulnare"), ("Guseynpva Leyla", "Guseynpva", "Leyla"),
     ("Leyla Guseynpva", "Guseynpva", "Leyla"), ("Zahid Alieyv", "Alieyv", "Zahid"),
     # A given name is no slipped surname beside a surname written right.
     ("Həvva Əliyeva", "Əliyeva", "Həvva")],
)  # fmt: skip
def test_a_surname_with_a_slip_in_its_ending_is_still_the_surname(
    text: str, surname: str, given: str
) -> None:
    for hint in (NameOrder.GIVEN_FIRST, NameOrder.SURNAME_FIRST):
        parsed = parse_name(text, order_hint=hint)
        assert (parsed.surname, parsed.given) == (surname, given)
