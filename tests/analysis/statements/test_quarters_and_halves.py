"""Quarters and halves of a year, as reports count their periods: whole months, the year
given. Phrases written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        ("Arrests in the third quarter of 2019 were reviewed.", "en", "2019-07-01", "2019-09-30"),
        ("During Q4 2020 the office logged 31 complaints.", "en", "2020-10-01", "2020-12-31"),
        ("In H1 2021 no one was detained.", "en", "2021-01-01", "2021-06-30"),
        ("In the second half of 2018 the camp closed.", "en", "2018-07-01", "2018-12-31"),
        ("В четвёртом квартале 2019 года жалоб не поступало.", "ru", "2019-10-01", "2019-12-31"),
        ("За первое полугодие 2020 г. задержаны 8 человек.", "ru", "2020-01-01", "2020-06-30"),
        ("2021-ci ilin üçüncü rübündə 5 nəfər saxlanılıb.", "az", "2021-07-01", "2021-09-30"),
        ("2019-cu ilin ilk yarısında heç kim həlak olmayıb.", "az", "2019-01-01", "2019-06-30"),
    ],
)
def test_a_part_of_a_year_spans_its_months(text, language, start, end):
    (date,) = read_statement(text, language).dates
    assert (date.start, date.end, date.precision) == (start, end, "month")
    assert text[date.span[0] : date.span[1]] == date.as_stated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the first half of the trial 2019 documents were filed.", "en"),
        ("Q5 2020 is no quarter.", "en"),
        ("В первом квартале города 2020 человек вышли на митинг.", "ru"),
    ],
)
def test_near_miss_no_part_of_a_year(text, language):
    assert all(d.precision != "month" for d in read_statement(text, language).dates)
