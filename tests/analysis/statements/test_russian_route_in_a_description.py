"""Place names joined by a dash into a route («автобус Сарыбулак — Кара-Су») are one name in
a description between commas: the count before the description still takes the verb after
it, as the object fronted before those who took them («Двадцать три пассажира, ехавших
автобусом Верхнее — Кара-Су, боевики захватили»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_route_in_a_description_is_one_name():
    text = (
        "Девятнадцать человек, ехавших маршруткой Озёрск — Нижний Бор, боевики захватили у моста."
    )
    assert claim_fields(text, "ru", FIELDS) == [("captured", 19)]


def test_a_route_after_a_place_with_a_hyphen():
    text = "Семерых пассажиров, ехавших автобусом Кызыл-Су — Тала, военные задержали на посту."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 7)]


def test_a_dash_between_words_not_names_still_ends_the_description():
    """Near miss: a dash after a lower-case word opens a clause of its own."""
    text = "Девятнадцать человек, ехавших маршруткой — так говорят очевидцы, боевики захватили."
    assert claim_fields(text, "ru", FIELDS) != [("captured", 19)]
