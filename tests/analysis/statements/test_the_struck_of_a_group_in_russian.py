"""Russian «погибли 9 шахтёров, ранены 30»: the bare number of the wounded in the second half
counts the group the dead were named by, after a comma, an auxiliary or the noun of the wound,
and past a part of the dead listed between commas. Persons counted by their own word or by a
collective numeral take no group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


def test_after_a_comma():
    text = "При обвале на руднике погибли 9 шахтёров, ранены 30."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "miners", 9, "exact", None),
        ("injured", "miners", 30, "exact", None),
    ]


def test_civilians_named_by_their_adjective_and_an_auxiliary():
    text = "Во время налёта погибли 14 мирных жителей и были ранены 52."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "civilians", 14, "exact", None),
        ("injured", "civilians", 52, "exact", None),
    ]


def test_with_the_noun_of_the_wound_and_a_qualifier():
    text = "За неделю погибли 8 мирных жителей, ранения получили более 40."
    assert claim_fields(text, "ru", FIELDS)[1] == ("injured", "civilians", 40, "at_least", None)


def test_past_a_part_of_the_dead():
    text = "При налёте погибли 13 мирных жителей, среди них трое подростков, ранены 47."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "civilians", 13, "exact", None),
        ("killed", "children", 3, "exact", 0),
        ("injured", "civilians", 47, "exact", None),
    ]


def test_near_miss_persons_counted_by_their_own_word():
    text = "Погибли 12 мирных жителей, ранены 47 человек."
    assert claim_fields(text, "ru", FIELDS)[1] == ("injured", "all", 47, "exact", None)


def test_near_miss_a_collective_numeral():
    text = "Погибли трое мирных жителей, ранены семеро."
    assert claim_fields(text, "ru", FIELDS)[1] == ("injured", "all", 7, "exact", None)
