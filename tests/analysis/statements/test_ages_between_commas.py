"""How old the persons counted are, set off by commas after their count, is no count and does
not part the count from its verb: "Two men, aged 34 and 41, were detained", "Two brothers, 17
and 19, were shot dead", «Двое мужчин, 34 и 41 года, были задержаны»; an age after «в
возрасте» or a span of ages ("aged between 20 and 30") neither. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two men, aged 34 and 41, were detained at the checkpoint.", "en"),
        ("Two men, 34 and 41, were detained at the checkpoint.", "en"),
        ("Two men, 34 and 41 years old, were detained at the checkpoint.", "en"),
        ("Двое мужчин, 34 и 41 года, были задержаны на блокпосту.", "ru"),
        ("Двое мужчин в возрасте 34 и 41 года были задержаны на блокпосту.", "ru"),
        ("34 və 41 yaşlı iki kişi postda saxlanılıb.", "az"),
    ],
)
def test_ages_set_off_after_the_count(text, language):
    assert _read(text, language) == [("detained", "men", 2, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three men, aged between 20 and 30, were detained.", "en"),
        ("Three men aged between 20 and 30 were detained.", "en"),
        ("Задержаны трое мужчин в возрасте от 20 до 30 лет.", "ru"),
    ],
)
def test_a_span_of_ages_is_no_count(text, language):
    assert _read(text, language) == [("detained", "men", 3, None)]


def test_two_brothers_and_their_ages():
    # Brothers counted by a numeral are men (test_male_relatives_counted).
    assert _read("Two brothers, 17 and 19, were shot dead.", "en") == [("killed", "men", 2, None)]


def test_counts_with_a_noun_after_a_comma_are_no_ages():
    text = "In two villages, 34 and 41 people were killed."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 34), ("killed", 41)]
