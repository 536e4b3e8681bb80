"""Azerbaijani "onlardan 8 mindən 10 minə qədəri" (of them, from 8 to 10 thousand): the word
that closes a range after its upper bound may take the possessive of a part ("qədəri",
"qədərini"); still one range, not a count and a bound. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "qualifier", "parent")


def test_a_range_of_a_part_in_thousands():
    text = "Köçkünlərin sayı 12 minə çatıb. Onlardan 3 mindən 4 minə qədəri məktəblərdə yaşayır."
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", 12000, None, None, "exact", None),
        ("displaced", None, 3000, 4000, "range", 0),
    ]


def test_a_range_of_a_part_in_the_accusative():
    text = "Yüzlərlə sakin kəndi tərk edib. Onlardan 600-dən 800-ə qədərini düşərgəyə köçürüblər."
    claims = claim_fields(text, "az", FIELDS)
    assert claims[-1] == ("displaced", None, 600, 800, "range", 0)


def test_near_miss_up_to_alone_is_a_bound():
    text = "Köçkünlərin sayı 12 minə çatıb. Onlardan 4 minə qədəri məktəblərdə yaşayır."
    claims = claim_fields(text, "az", FIELDS)
    assert claims[-1] == ("displaced", 4000, None, None, "at_most", 0)
