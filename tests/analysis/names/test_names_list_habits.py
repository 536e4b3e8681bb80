"""Habits of the lists that keys and parsing read as one name: a Russian patronymic in
Azerbaijani letters, oğlu/qızı run into the father's name or mistyped before the
surname, an Armenian surname's h that Russian drops, the vowel of -ov left out, and the
renderings of Məmməd, Soltan and of compound names."""

from __future__ import annotations

import pytest

from rightsledger.analysis.names import parse_name, parse_patronymic
from rightsledger.analysis.names.keys import letter_key, name_key, one_edit, surname_key


@pytest.mark.parametrize(
    ("text", "father", "sex"),
    [
        ("Rüstəmoviç", "Rüstəm", "M"),
        ("Vaqifoviç", "Vaqif", "M"),
        ("Ələkbərovna", "Ələkbər", "F"),
    ],
)
def test_a_russian_patronymic_in_azerbaijani_letters_gives_the_father(
    text: str, father: str, sex: str
) -> None:
    assert parse_patronymic(text) == (father, sex)


def test_the_father_of_oviç_is_the_father_of_ович() -> None:
    latin = parse_name("Kərimov Tofiq Rüstəmoviç")
    cyrillic = parse_name("Тофик Рустамович Керимов")
    assert latin.father == "Rüstəm"
    assert latin.sex == "M"
    assert latin.father_canon == cyrillic.father_canon


@pytest.mark.parametrize(
    ("text", "father", "sex"),
    [
        ("Vüqarqızı", "Vüqar", "F"),
        ("Nazimoğlu", "Nazim", "M"),
        ("Фикретоглы", "Фикрет", "M"),
        ("Tahirgizi", "Tahir", "F"),
    ],
)
def test_a_son_or_daughter_word_run_into_the_fathers_name(text: str, father: str, sex: str) -> None:
    assert parse_patronymic(text) == (father, sex)


def test_a_run_together_patronymic_in_a_full_name() -> None:
    parsed = parse_name("Səmədova Lalə Vüqarqızı")
    assert (parsed.surname, parsed.given, parsed.father, parsed.sex) == (
        "Səmədova", "Lalə", "Vüqar", "F",
    )  # fmt: skip
    assert parsed.father_canon == parse_name("Səmədova Lalə Vüqar qızı").father_canon


def test_a_name_too_short_before_the_son_word_is_left_whole() -> None:
    # Three letters of name at least: "Oğlu" alone or with one letter is not a patronymic.
    assert parse_patronymic("Doğlu") == ("Doğlu", None)


def test_a_surname_in_oğlu_stays_a_surname() -> None:
    parsed = parse_name("Qaraoğlu Elnur Fikrət")
    assert parsed.surname == "Qaraoğlu"
    assert parsed.given == "Elnur"
    assert parsed.father == "Fikrət"


def test_a_mistyped_son_word_before_the_surname_is_read() -> None:
    parsed = parse_name("Elnur Fikrət oğku Səmədov")
    assert (parsed.given, parsed.father, parsed.surname, parsed.sex) == (
        "Elnur", "Fikrət", "Səmədov", "M",
    )  # fmt: skip
    daughter = parse_name("Lalə Vüqar gizii Kərimova")
    assert (daughter.given, daughter.father, daughter.sex) == ("Lalə", "Vüqar", "F")


def test_a_name_one_letter_from_qızı_with_no_father_before_it_stays_a_name() -> None:
    # Given name, father's name, surname: "Qazi" is a father, not a slip of qızı.
    parsed = parse_name("Elnur Qazi Səmədov")
    assert parsed.given == "Elnur"
    assert parsed.father == "Qazi"


def test_a_last_word_one_letter_from_qızı_after_the_surname_alone_stays_a_name() -> None:
    # Taking "Qızu" for a slip of qızı would make the surname the father's name.
    parsed = parse_name("Həsənova Qızu")
    assert (parsed.surname, parsed.given, parsed.father) == ("Həsənova", "Qızu", "")
    # With a given name left besides, the word before the slip is the father's.
    slipped = parse_name("Həsənova Aygün Rauf qızu")
    assert (slipped.given, slipped.father, slipped.sex) == ("Aygün", "Rauf", "F")


@pytest.mark.parametrize(
    ("text", "given", "father", "sex"),
    [
        ("Quliyeva Nərgiz T. qızı", "Nərgiz", "T.", "F"),
        ("Səfərov Elşən R. oğlu", "Elşən", "R.", "M"),
        ("Гусейнов Эльдар Ф. оглы", "Эльдар", "Ф.", "M"),
        ("Nərgiz T. qızı Quliyeva", "Nərgiz", "T.", "F"),
    ],
)
def test_the_fathers_initial_before_the_son_word_is_the_father(
    text: str, given: str, father: str, sex: str
) -> None:
    # Not the given name taken for the father's and the initial for the given name.
    parsed = parse_name(text)
    assert (parsed.given, parsed.father, parsed.sex) == (given, father, sex)


@pytest.mark.parametrize(
    "text",
    ["Səfərov Elşən Rauf oğ.", "Səfərov Elşən Rauf oğul", "Səfərov Elşən Rauf oğli",
     "Səfərov Elşən Rauf oğlii"],
)  # fmt: skip
def test_the_son_word_cut_short_or_spelled_another_way(text: str) -> None:
    parsed = parse_name(text)
    assert (parsed.given, parsed.father, parsed.sex) == ("Elşən", "Rauf", "M")


@pytest.mark.parametrize(
    ("text", "given", "father"),
    [
        ("Саркисян Мкртич", "Мкртич", ""),
        ("Саркисян Мкртич Левонович", "Мкртич", "Левон"),
        ("Кузнецов Пётр Ильич", "Пётр", "Иль"),
        ("Пётр Ильич Кузнецов", "Пётр", "Иль"),
    ],
)
def test_a_given_name_in_a_bare_ич_is_not_taken_for_the_father(
    text: str, given: str, father: str
) -> None:
    parsed = parse_name(text)
    assert (parsed.given, parsed.father) == (given, father)


def test_a_swap_of_two_letters_is_one_edit_only_when_both_change_places() -> None:
    assert one_edit("оглу", "огул")
    assert one_edit("Əliyev", "Əilyev")
    # One letter moved and another replaced is two edits, whichever side is read first.
    assert not one_edit("гулу", "оглу")
    assert not one_edit("оглу", "гулу")


@pytest.mark.parametrize(
    "forms",
    [
        ("Hayrapetyan", "Айрапетян", "Airapetyan", "Հայրապետյան"),
        ("Hunanyan", "Унанян", "Unanyan"),
        ("Hakobyan", "Акопян", "Akopyan"),
    ],
)
def test_russian_drops_the_h_of_an_armenian_surname(forms: tuple[str, ...]) -> None:
    assert len({surname_key(form) for form in forms}) == 1


def test_an_azerbaijani_h_is_kept() -> None:
    # Həsənov is Гасанов: the h is rendered г, not dropped.
    assert surname_key("Həsənov") == surname_key("Гасанов")
    assert surname_key("Həsənov") != surname_key("Əsənov")


@pytest.mark.parametrize(
    ("slipped", "written"),
    [
        ("Səmədv", "Səmədov"),
        ("Кязимва", "Кязимова"),
        ("Quliv", "Quliyev"),
        ("Nəbiyv", "Nəbiyev"),
    ],
)
def test_the_vowel_of_ov_left_out_is_still_ov(slipped: str, written: str) -> None:
    assert surname_key(slipped) == surname_key(written)


def test_a_surname_ending_in_a_vowel_and_v_is_not_cut() -> None:
    # Only a consonant or an i before the v marks a dropped vowel of -ov.
    assert surname_key("Lev") == "lav"


def test_magomed_is_mammad_as_much_as_mahammad() -> None:
    assert name_key("Магомед") == name_key("Məmməd") == name_key("Мамед")
    assert name_key("Магомед") == name_key("Məhəmməd") == name_key("Muhammad")
    assert surname_key("Магомедова") == surname_key("Məmmədova")
    assert name_key("Məmməd") != name_key("Mahmud")


def test_soltan_is_sultan() -> None:
    assert name_key("Soltan") == name_key("Султан") == name_key("Sultan")
    assert surname_key("Soltanlı") == surname_key("Султанлы")


@pytest.mark.parametrize(
    "forms",
    [
        ("Gülxanım", "Гюльханум", "Gulkhanum"),
        ("Şahxanım", "Шахханум", "Shakhkhanum"),
        ("Əbülqasım", "Абулькасум", "Abulkasum"),
    ],
)
def test_a_compound_name_takes_the_rendering_of_its_last_part(forms: tuple[str, ...]) -> None:
    assert len({name_key(form) for form in forms}) == 1


def test_a_name_ending_in_no_table_name_keeps_its_letters() -> None:
    assert name_key("Gülnarə") == letter_key("Gülnarə")
    assert name_key("Elxan") == letter_key("Elxan")


def test_a_fathers_name_before_the_son_word_is_not_taken_for_a_slip_of_it() -> None:
    # Ağa Oli oğlu: Oli is the father, one letter from oğlu, and oğlu itself follows.
    parsed = parse_name("Qafarov Ağa Oli oğlu")
    assert (parsed.given, parsed.father) == ("Ağa", "Oli")


def test_a_doubled_v_is_not_a_dropped_vowel() -> None:
    # Rüstəmovv is Rüstəmov with its v doubled, not a root Rüstəmov with -ov's vowel lost.
    assert surname_key("Rüstəmovv") == surname_key("Rüstəmov")
