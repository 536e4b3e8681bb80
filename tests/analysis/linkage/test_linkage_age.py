"""An age given with no event date is set against the other record's birth and event."""

from __future__ import annotations

from typing import Any

from tests.analysis.linkage.pair_level import level_of

from rightsledger.analysis.linkage.birth_comparison import AGE_LEVELS_M

DATED = {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12",
         "event_date": "1992-03-02"}  # fmt: skip


def _birth_level(left: dict[str, str], right: dict[str, str]) -> Any:
    """The level of the birth comparison the pair of records falls in."""
    return level_of(left, right, "birth")


def test_an_age_that_fits_the_others_birth_and_event_is_evidence() -> None:
    for age in ("41", "42"):  # before or after the birthday
        level = _birth_level(DATED, {"full_name": "Tofiq Nəbiyev", "age": age})
        assert not level.is_null_level
        assert not level._is_else_level


def test_an_age_far_from_the_others_birth_and_event_is_against() -> None:
    level = _birth_level(DATED, {"full_name": "Tofiq Nəbiyev", "age": "12"})
    assert level._is_else_level


def test_an_age_beside_a_record_without_event_date_says_nothing() -> None:
    undated = {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12"}
    level = _birth_level(undated, {"full_name": "Tofiq Nəbiyev", "age": "41"})
    assert level.is_null_level


def test_a_year_from_an_age_one_off_a_date_has_a_level_of_its_own() -> None:
    # 1992 less 42 is 1950 or 1951 by the birthday alone: not a slip in a year.
    aged = {"full_name": "Tofiq Nəbiyev", "age": "41", "event_date": "02.03.1992"}
    assert _birth_level(DATED, aged).label_for_charts == "year from an age, off by one"
    stated = {"full_name": "Tofiq Nəbiyev", "birth_year": "1951"}
    assert _birth_level(DATED, stated).label_for_charts == "year off by one"


def test_a_year_from_an_age_two_or_three_off_is_no_evidence_against() -> None:
    # Ages of one person in two lists are two or three years apart now and then (said by
    # a neighbour, rounded): as much for as against, not the gap that holds two apart.
    for age in ("39", "45"):
        aged = {"full_name": "Tofiq Nəbiyev", "age": age, "event_date": "02.03.1992"}
        level = _birth_level(DATED, aged)
        assert level.label_for_charts == "year from an age, two or three off"
        assert level._fix_m_probability
        assert level.m_probability == AGE_LEVELS_M[1]


def test_written_years_two_apart_and_an_age_four_off_stay_apart() -> None:
    stated = {"full_name": "Tofiq Nəbiyev", "birth_year": "1952"}
    assert _birth_level(DATED, stated).label_for_charts == "years two apart"
    aged = {"full_name": "Tofiq Nəbiyev", "age": "38", "event_date": "02.03.1992"}
    assert _birth_level(DATED, aged).label_for_charts == "years three to five apart"
