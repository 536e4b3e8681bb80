"""Two words of Russian statements: advocates («адвокаты») are the group lawyers, as "vəkil"
is; and persons who left a place described by adjectives («покинули прибрежные районы»,
«соседние сёла») have fled it, as those who left «районы» have. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_advocates_are_lawyers():
    text = "Задержаны 40 человек, в том числе два адвоката и пять журналистов."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 40, None),
        ("detained", "lawyers", 2, 0),
        ("detained", "journalists", 5, 0),
    ]


def test_left_places_with_adjectives():
    text = "За неделю около 900 жителей покинули приграничные сёла."
    assert claim_fields(text, "ru", ("category", "count")) == [("displaced", 900)]


def test_a_range_of_thousands_left_the_coastal_districts():
    text = "По оценкам, от 2 до 4 тысяч человек покинули прибрежные районы."
    assert claim_fields(text, "ru", ("category", "count_low", "count_high")) == [
        ("displaced", 2000, 4000)
    ]


def test_a_district_left_is_flight():
    text = "С начала обстрелов округ покинули 12 тысяч человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("displaced", 12000)]


def test_a_room_left_is_no_flight():
    # Near miss: a hall described by an adjective is no home place.
    text = "В знак протеста 12 депутатов покинули большой зал заседаний."
    assert claim_fields(text, "ru", FIELDS) == []
