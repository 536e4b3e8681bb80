"""A birth or an event given by its year alone, or in an Armenian list's order, is read."""

from __future__ import annotations

from typing import Any

from tests.analysis.linkage.pair_level import level_of

BORN_1962 = {"full_name": "Hüseynov İlham Əli oğlu", "birth_date": "05.05.1962"}


def _birth_level(right: dict[str, str]) -> Any:
    return level_of(BORN_1962, right, "birth")


def test_a_birth_date_of_a_year_alone_tells_namesakes_apart() -> None:
    # Lists that give only the year write it in the date's column, with its word or not.
    for year in ("1972", "1972 г.", "1972-ci il", "1972 թ."):
        level = _birth_level({"full_name": "Гусейнов Ильхам", "birth_date": year})
        assert level._is_else_level, year
    level = _birth_level({"full_name": "Гусейнов Ильхам", "birth_date": "1962 г."})
    assert level.label_for_charts == "same year"


def test_a_two_digit_year_still_to_come_is_of_the_last_century() -> None:
    level = _birth_level({"full_name": "Гусейнов Ильхам Алиевич", "birth_date": "05.05.62"})
    assert level.label_for_charts == "Exact match on birth_date"


def test_an_age_at_an_event_given_by_its_year_is_a_birth_year() -> None:
    aged = {"full_name": "Гусейнов Ильхам", "age": "29", "event_date": "1992 г."}
    assert _birth_level(aged).label_for_charts == "year from an age, off by one"
    # An Armenian list writes the year first.
    aged = {"full_name": "Հուսեյնով Իլհամ", "age": "20", "event_date": "1992 թ. փետրվարի 26"}
    assert _birth_level(aged)._is_else_level


def test_a_two_digit_year_of_a_birth_after_its_event_is_of_the_century_before() -> None:
    # 06.03.26 reads 2026 by the century rule; born before the event of 1992, it is 1926.
    born = {"full_name": "Ахмедов Вагиф", "birth_date": "06.03.26", "event_date": "26.02.1992"}
    level = level_of(born, {"full_name": "Əhmədov Vaqif", "birth_date": "06.03.1926"}, "birth")
    assert level.label_for_charts == "Exact match on birth_date"
    # With no event date, or a birth before it, the reading of dates stands.
    level = level_of({**born, "event_date": ""}, {"full_name": "Əhmədov Vaqif",
                                                  "birth_date": "1926"}, "birth")  # fmt: skip
    assert level._is_else_level
