"""English "a fourth", "another" standing alone after a count: one more person, of the fate
told after it and none of those counted before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_an_ordinal_after_a_count_counts_one_more():
    text = (
        "Three civilians were killed and a fourth was seriously injured when their car hit a mine."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "civilians", 3, None),
        ("injured", "all", 1, None),
    ]


def test_an_ordinal_opening_the_next_sentence_counts_one_more():
    text = "Three men were shot dead at the checkpoint. A fourth died in hospital the next day."
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "men", 3, None),
        ("killed", "all", 1, None),
    ]


def test_another_alone_counts_one_more():
    text = "Five protesters were detained on Monday; another has been missing since then."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 5, None),
        ("missing", "all", 1, None),
    ]


def test_the_one_more_is_none_of_those_counted_before():
    # Only the held are released, but "a third" is not one of the two held.
    text = "Two men were detained at the border; a third was released after questioning."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "men", 2, None),
        ("released", "all", 1, None),
    ]


def test_a_fraction_a_number_and_a_thing_are_no_one_more():
    assert claim_fields("A third of the detainees were released.", "en", _FIELDS) == []
    assert claim_fields("Another 31 people were injured.", "en", _FIELDS) == [
        ("injured", "all", 31, None)
    ]
    text = "Two people were killed, and another attack was reported in Kharkiv."
    assert claim_fields(text, "en", _FIELDS) == [("killed", "all", 2, None)]
    text = "Two were killed. A second later, the building collapsed."
    assert claim_fields(text, "en", _FIELDS) == [("killed", "all", 2, None)]
