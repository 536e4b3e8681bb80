"""An aside that says only whose figure it is («по предварительным данным», «по словам
спасателей») ends no clause: the place said before it still holds the count after it
(«Под завалами торгового центра, по словам спасателей, могут оставаться до 8 человек»
reads missing at most 8). Russian «также» right before a verb is "also" in the count's own
clause, not the «а также» that adds an item to a list. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def test_a_place_before_a_source_aside_holds_the_count():
    text = "Под завалами торгового центра, по словам спасателей, могут оставаться до 8 человек."
    assert claim_fields(text, "ru", FIELDS) == [("missing", "all", 8, "at_most")]


def test_also_before_a_verb_after_an_aside():
    text = "Ещё около 40 человек, по данным правозащитников, также находятся в плену."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 40, "about")]


def test_near_miss_as_well_as_still_adds_an_item():
    text = "Задержаны 25 студентов, а также 2 журналиста."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "students", 25, "exact"),
        ("detained", "journalists", 2, "exact"),
    ]


def test_near_miss_an_aside_that_is_no_source_still_ends_the_clause():
    text = "Под завалами торгового центра, который рухнул утром, нашли 8 человек живыми."
    assert claim_fields(text, "ru", FIELDS) == []
