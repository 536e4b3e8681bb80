"""«Дом 14 сгорел», «в доме 12 … погибли трое»: digits after a word for a house, a flat or a
stairwell number it, and count no one; a count of persons after the word still counts, and a
numeral word after it always does (Russian numbers things in digits). A house number set off
by commas after its street («на улице Садовой, 12, могут оставаться …») ends no clause.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ночью снова обстреляли посёлок. Дом 14 сгорел полностью.", []),
        ("В доме 12 на улице Лесной погибли трое жильцов.", [("killed", 3)]),
        ("Из квартиры 7 спасатели вынесли тела двоих мужчин.", [("found_dead", 2)]),
    ],
)
def test_the_number_of_a_house_is_no_count(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В доме 12 человек погибли при пожаре.", [("killed", 12)]),
        ("В доме трое погибших.", [("killed", 3)]),
        ("В камере двое задержанных скончались.", [("killed", 2)]),
    ],
)
def test_persons_counted_after_the_word_still_count(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_house_number_between_commas_ends_no_clause():
    text = "Под завалами дома на улице Садовой, 12, могут оставаться от трёх до пяти человек."
    assert claim_fields(text, "ru", ("category", "count_low", "count_high")) == [("missing", 3, 5)]


def test_a_count_between_commas_still_ends_its_clause():
    text = "Под завалами дома на улице Садовой, 12 человек ранены."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 12)]
