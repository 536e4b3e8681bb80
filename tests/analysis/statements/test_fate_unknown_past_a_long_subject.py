"""English: the fate or whereabouts of a part of persons taken said to be unknown when the
words between the count and "unknown" are more than the lexicon's phrases span (a long noun
phrase, two joined words of fate, "have never been established"); and the fate of the rest of
the taken is no fate of the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_whereabouts_never_established_of_the_rest():
    text = (
        "Police detained 40 men at the market. "
        "The whereabouts of the remaining 19 men have never been established."
    )
    assert _read(text) == [
        ("detained", "men", 40, "exact", None),
        ("disappeared", "men", 19, "exact", 0),
    ]


def test_the_rest_after_a_part_told_in_the_sentence_between():
    text = (
        "Police detained 40 men at the market. Seven were released on bail. "
        "The whereabouts of the remaining 19 men have never been established."
    )
    assert _read(text) == [
        ("detained", "men", 40, "exact", None),
        ("released", "men", 7, "exact", 0),
        ("disappeared", "men", 19, "exact", 0),
    ]


def test_fate_and_whereabouts_past_a_long_noun_phrase():
    text = (
        "Police detained 40 men at the market. The fate and whereabouts of 19 men last seen "
        "in the police station in May remain unknown."
    )
    assert _read(text) == [
        ("detained", "men", 40, "exact", None),
        ("disappeared", "men", 19, "exact", 0),
    ]


def test_the_rest_with_an_apposition_before_the_predicate():
    text = (
        "Soldiers took 26 men from the village. The whereabouts of the remaining 19 men, "
        "among them two teachers, have never been established."
    )
    assert _read(text) == [
        ("captured", "men", 26, "exact", None),
        ("disappeared", "men", 19, "exact", 0),
        ("disappeared", "teachers", 2, "exact", 1),
    ]


def test_an_apposed_part_bound_before_is_taken_over():
    text = (
        "Police detained 40 men at the market. Seven were released on bail. The whereabouts "
        "of the other 19 men, among them two teachers, have never been established."
    )
    assert sorted(_read(text), key=lambda c: c[2]) == [
        ("disappeared", "teachers", 2, "exact", 3),
        ("released", "men", 7, "exact", 0),
        ("disappeared", "men", 19, "exact", 0),
        ("detained", "men", 40, "exact", None),
    ]


def test_near_miss_a_count_inside_the_apposition_is_no_part():
    text = (
        "Police detained 40 men at the market. The fate of the remaining 19 men, among them "
        "the father of two boys, remains unknown."
    )
    assert _read(text) == [
        ("detained", "men", 40, "exact", None),
        ("disappeared", "men", 19, "exact", 0),
    ]


def test_the_whole_named_again_is_still_the_whole():
    text = "Police took away five men. The whereabouts of the five men have remained unknown."
    assert _read(text) == [("disappeared", "men", 5, "exact", None)]


def test_near_miss_no_persons_taken_before():
    text = (
        "The fate and whereabouts of 19 men last seen in the police station in May remain unknown."
    )
    assert _read(text) == []


def test_near_miss_a_state_that_is_no_fate():
    text = (
        "Police detained 40 men at the market. "
        "The health of the remaining 19 men has never been established."
    )
    assert _read(text) == [("detained", "men", 40, "exact", None)]


def test_near_miss_fate_said_known():
    text = (
        "Police detained 40 men at the market. "
        "The whereabouts of the remaining 19 men in the district prison have been confirmed."
    )
    assert _read(text) == [("detained", "men", 40, "exact", None)]
