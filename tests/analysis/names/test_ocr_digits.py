"""Digits that a scanned list's text recognition read for letters (Salman0v, E1dar, 5adıqlı,
8əylərov; Нарги3, Ба6аева) are read as the letters they look like in the word's script, so
that the name has the key of the name it spoils.  A number standing alone or before a
hyphen (a year, "3-cü"), a word of many digits, and a script with no such table are left
as they are."""

from __future__ import annotations

from rightsledger.analysis.names import parse_name
from rightsledger.analysis.names.keys import name_key, surname_key


def test_latin_and_azerbaijani_digits_read_as_letters() -> None:
    parsed = parse_name("R. Salman0v")
    assert parsed.surname == "Salmanov"
    assert parse_name("E1dar ISMAILOV Ilkhamovich").given == "Eldar"
    assert parse_name("5adıqlı Vasif Həsən oğlu").surname == "Sadıqlı"
    named = parse_name("Ramil Əli oğlu 8əylərov")
    assert (named.given, named.father, named.surname) == ("Ramil", "Əli", "Bəylərov")
    assert surname_key(parse_name("Dadaşov Ə1i Namiq oğlu").given) == surname_key("Əli")


def test_cyrillic_digits_read_as_the_cyrillic_letters_they_look_like() -> None:
    parsed = parse_name("Нарги3 Гасанова")
    assert name_key(parsed.given) == name_key("Наргиз")
    assert parse_name("Фатма Ба6аева Мирзалиевна").surname == "Бабаева"
    assert parse_name("Асадов Гасан Новру3ович").father == "Новруз"


def test_a_son_word_with_a_digit_is_still_a_son_word() -> None:
    parsed = parse_name("Bayramov Pənah Elnur 0ğlu")
    assert (parsed.given, parsed.father, parsed.sex) == ("Pənah", "Elnur", "M")


def test_numbers_and_ordinals_are_left_as_they_are() -> None:
    # The near misses: a year written beside the name, an ordinal, a code of digits.
    assert parse_name("Mamedov Ali 1965").original == "Mamedov Ali 1965"
    assert parse_name("Əliyev Vüqar 3-cü").original == "Əliyev Vüqar 3-cü"
    assert parse_name("Əliyev A1965").original == "Əliyev A1965"
