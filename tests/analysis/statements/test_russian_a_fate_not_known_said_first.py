"""A Russian fate said to be unknown before the persons («до сих пор не установлена судьба 14
человек») or as no news of it («о судьбе остальных 18 сведений нет») makes the count of the
missing or, of persons taken, the disappeared; «сведений нет» alone says no news, not that no
one was hurt. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_fate_not_established_said_before_the_count():
    text = "До сих пор не установлена судьба 14 жителей посёлка."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 14)]


def test_no_news_of_the_rest_of_the_detained():
    text = "Полиция задержала 30 мужчин, из них 12 отпустили. О судьбе остальных 18 сведений нет."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 30),
        ("released", 12),
        ("disappeared", 18),
    ]


def test_near_miss_no_news_counts_no_one():
    text = "О судьбе пленных сведений нет. Данных о погибших нет. Погибли 3 человека."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 3)]


def test_near_miss_a_fate_established():
    assert claim_fields("Установлена судьба 14 человек: все они живы.", "ru", FIELDS) == []
