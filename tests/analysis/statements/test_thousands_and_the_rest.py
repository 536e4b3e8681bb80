"""Digits with a scale word and the digits that finish the number («2 тысячи 300», "2 min
300"), and digits with a Russian case ending before a scale («свыше 2-х тысяч»). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Погибли 2 тысячи 300 человек.",
            "ru",
            [("killed", "all", 2300, None, None, "exact", None)],
        ),
        (
            "Ранены около 3 тыс. 400 мирных жителей.",
            "ru",
            [("injured", "civilians", 3400, None, None, "about", None)],
        ),
        (
            "Перемещены 1 млн 200 тыс. человек.",
            "ru",
            [("displaced", "all", 1_200_000, None, None, "exact", None)],
        ),
        (
            "Погибли свыше 2-х тысяч человек.",
            "ru",
            [("killed", "all", 2000, None, None, "at_least", None)],
        ),
        (
            "Задержаны около 5-ти тысяч человек.",
            "ru",
            [("detained", "all", 5000, None, None, "about", None)],
        ),
        (
            "2 min 300 nəfər köçkün düşüb.",
            "az",
            [("displaced", "all", 2300, None, None, "exact", None)],
        ),
        (
            "3 min 500-dən çox insan itkin düşüb.",
            "az",
            [("missing", "all", 3500, None, None, "at_least", None)],
        ),
        (
            "About 2 thousand 300 people were displaced.",
            "en",
            [("displaced", "all", 2300, None, None, "about", None)],
        ),
    ],
)
def test_the_rest_after_the_thousands_is_part_of_the_number(text, language, claims):
    assert claim_fields(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # A comma ends the number: the 300 are a figure of their own.
        ("Погибли 2 тысячи, 300 ранены.", "ru", [("killed", 2000), ("injured", 300)]),
        # A year after the thousands is no part of them.
        ("Погибли 12 тысяч 2020 году.", "ru", [("killed", 12000)]),
        # «90-х» before no scale is a decade.
        ("В 90-х годах погибли 300 человек.", "ru", [("killed", 300)]),
    ],
)
def test_what_follows_the_thousands_otherwise_is_not_added(text, language, claims):
    assert claim_fields(text, language, ("category", "count")) == claims


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1.5–2 million people were displaced.", "en"),
        ("1,5-2 млн человек стали беженцами.", "ru"),
        ("1,5-2 mln nəfər köçkün düşüb.", "az"),
    ],
)
def test_a_decimal_lower_bound_takes_the_scale_after_the_upper(text, language):
    assert claim_fields(text, language) == [
        ("displaced", "all", None, 1_500_000, 2_000_000, "range", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Ранены 1,5-2 человека.", "ru"), ("2.5-3 people were killed.", "en")],
)
def test_a_decimal_lower_bound_with_no_scale_is_no_count(text, language):
    assert claim_fields(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "count", "qualifier"),
    [
        ("Погибли около двух с половиной тысяч человек.", "ru", 2500, "about"),
        ("Перемещены две с половиной тысячи человек.", "ru", 2500, "exact"),
        ("Two and a half thousand people were displaced.", "en", 2500, "exact"),
        ("Some two and a half million people were displaced.", "en", 2_500_000, "about"),
        ("İki yarım min nəfər köçkün düşüb.", "az", 2500, "exact"),
        ("Təxminən iki min yarım nəfər köçkün düşüb.", "az", 2500, "about"),
    ],
)
def test_and_a_half_before_or_after_the_thousands(text, language, count, qualifier):
    assert claim_fields(text, language, ("count", "qualifier")) == [(count, qualifier)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Через два с половиной часа погибли 12 человек.", "ru"),
        ("Two and a half hours later, 12 people were killed.", "en"),
        ("İki yarım saat ərzində 12 nəfər həlak olub.", "az"),
    ],
)
def test_and_a_half_of_a_time_is_no_count(text, language):
    assert claim_fields(text, language, ("count",)) == [(12,)]


@pytest.mark.parametrize(
    ("text", "count", "words"),
    [
        ("Задержаны более двух с лишним тысяч человек.", 2000, "с лишним"),
        ("Ранены три с небольшим тысячи человек.", 3000, "с небольшим"),
        ("Погибли 2 с лишним тысячи человек.", 2000, "с лишним"),
        ("Погибли двадцать с лишним человек.", 20, "с лишним"),
    ],
)
def test_more_between_the_number_and_its_thousands(text, count, words):
    fields = ("category", "count", "qualifier", "qualifier_words")
    [claim] = claim_fields(text, "ru", fields)
    assert claim[1:] == (count, "at_least", words)
