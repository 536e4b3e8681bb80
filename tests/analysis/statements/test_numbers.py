"""Numbers in digits and words, with their separators and grammatical forms."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement
from rightsledger.analysis.statements.morphology import annotate
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.tokens import tokenize


def value_of(text: str, language: str) -> float | None:
    tokens = tokenize(text)
    annotate(tokens, language)
    run = read_number(tokens, 0, language)
    return None if run is None else run.value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("one thousand two hundred seventy-five", "en", 1275),
        ("one thousand two hundred and seventy-five", "en", 1275),
        ("a thousand", "en", 1000),
        ("two dozen", "en", 24),
        ("six hundred and thirteen", "en", 613),
        ("тысяча двести семьдесят пять", "ru", 1275),
        ("одной тысячи двухсот семидесяти пяти", "ru", 1275),
        ("шестьюстами тринадцатью", "ru", 613),
        ("трёхсот пятидесяти", "ru", 350),
        ("двое", "ru", 2),
        ("семерых", "ru", 7),
        ("полторы тысячи", "ru", 1500),
        ("min iki yüz yetmiş beş", "az", 1275),
        ("altı yüz on üç", "az", 613),
        ("yüz əllisinin", "az", 150),
        ("iki yüz beşi", "az", 205),
        ("1,275", "en", 1275),
        ("1 275", "ru", 1275),
        ("1\u00a0275", "ru", 1275),
        ("1.275", "az", 1275),
        ("1.5 million", "en", 1_500_000),
        ("7 тыс.", "ru", 7000),
        ("30 min", "az", 30000),
    ],
)
def test_numbers_are_read(text, language, value):
    assert value_of(text, language) == value


def test_words_that_only_look_like_numbers_are_not():
    assert value_of("onu", "az") is None  # him, not "ten"
    assert value_of("killed", "en") is None


def test_two_numbers_side_by_side_stay_apart():
    tokens = tokenize("five six")
    annotate(tokens, "en")
    run = read_number(tokens, 0, "en")
    assert run is not None
    assert (run.value, run.last) == (5, 0)


def test_the_full_stop_after_a_scale_written_out_ends_the_number():
    text = "Число беженцев превысило 40 тысяч. Сотни жителей получили ранения."
    claims = [(c.category, c.count, c.qualifier) for c in read_statement(text, "ru").claims]
    assert claims == [("displaced", 40000, "at_least"), ("injured", None, "vague")]
    text = "Из города бежали 12 тыс. человек."
    assert [c.count for c in read_statement(text, "ru").claims] == [12000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("При пожаре пострадали более сотни человек.", [(100, "at_least")]),
        ("Полиция задержала около сотни участников шествия.", [(100, "about")]),
        ("Три сотни семей выселены из домов.", [(300, "exact")]),
        ("Сотни человек пострадали при пожаре.", [(None, "vague")]),
    ],
)
def test_a_russian_hundred_in_the_genitive_is_a_hundred(text, expected):
    # «сотни» is a vague plural (hundreds) or the genitive of «сотня» (a hundred), which a
    # qualifier or a numeral governs.
    claims = read_statement(text, "ru").claims
    assert [(c.count, c.qualifier) for c in claims] == expected
