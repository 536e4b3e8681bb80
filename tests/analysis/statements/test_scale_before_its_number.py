"""Russian says "about" by setting a scale in the genitive before its number: «десятка два»
(about twenty), «сотни три», «тысяч пять»; a scale in the nominative begins a compound
(«тысяча три» is 1003), and a number in the genitive after it is one number too."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"], c["qualifier"]) for c in claims]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Под обстрелом ранены десятка два рыбаков.", 20),
        ("За ночь на окраине сгорело десятка полтора домов.", 15),
        ("Из района выехали тысяч пять жителей.", 5000),
        ("Из района выехали тысячи три жителей.", 3000),
        ("Задержаны сотни две студентов.", 200),
    ],
)
def test_a_scale_before_its_number_is_about_that_many(text, count):
    figures = _figures(text)
    assert [(c, q) for _, c, q in figures] == [(count, "about")]


def test_a_scale_in_the_nominative_begins_a_compound():
    assert _figures("Задержаны тысяча три человека.") == [("detained", 1003, "exact")]


def test_thousands_alone_stay_vague():
    # Near miss: the plural «тысячи» with no number after it says "thousands".
    assert _figures("Из района выехали тысячи жителей.") == [("displaced", None, "vague")]
