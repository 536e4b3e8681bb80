"""Azerbaijani: persons led away and never seen again have disappeared ("Beş kişini apardılar
və bir daha onları görmədik"), as Russian and English read it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Gecə beş kişini apardılar və bir daha onları görmədik.",
        "Beş kişini apardılar. O vaxtdan bəri onları görməmişik.",
        "Əsgərlər beş kişini apardı, onları bir daha görən olmayıb.",
    ],
)
def test_taken_away_and_not_seen_since(text):
    assert claim_fields(text, "az", FIELDS) == [("disappeared", "men", 5)]


def test_near_miss_seen_again_they_stay_taken():
    text = "Beş kişini apardılar, amma iki gün sonra onları yenidən gördük."
    assert claim_fields(text, "az", FIELDS) == [("captured", "men", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Silahlılar kənddən 6 kişini apardılar və o vaxtdan onlardan xəbər yoxdur.",
        "Qonşular silahlıların kənddən 6 kişini apardığını və o vaxtdan onlardan xəbər "
        "olmadığını deyiblər.",
    ],
)
def test_taken_away_and_no_news_of_them_since(text):
    assert claim_fields(text, "az", FIELDS) == [("disappeared", "men", 6)]


def test_a_few_taken_away_and_no_news_since_are_disappeared_uncounted():
    text = "Silahlılar kənddən bir neçə kişini apardılar və o vaxtdan onlardan xəbər yoxdur."
    assert claim_fields(text, "az", ("category", "subgroup", "qualifier")) == [
        ("disappeared", "men", "vague")
    ]


def test_near_miss_news_given_since_keeps_them_taken():
    text = "Silahlılar 6 kişini apardılar. O vaxtdan ailələrə onlar barədə xəbər verilib."
    assert claim_fields(text, "az", FIELDS) == [("captured", "men", 6)]
