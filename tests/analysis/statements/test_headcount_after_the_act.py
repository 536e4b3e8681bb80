"""A headcount set after the clause of its act ("…, about sixty of us", «…, человек
шестьдесят», «— всего … было человек двадцать», "…, qırx ailə idik") counts those the act
befell; the group the act names is theirs. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "We fled at dawn, about sixty of us, on foot.",
            "en",
            ("displaced", "all", 60, "about"),
        ),
        (
            "Police arrested the nurses as well, nine of them.",
            "en",
            ("detained", "medical workers", 9, "exact"),
        ),
        (
            "В ту ночь мы бежали в лес, человек шестьдесят, а может, и больше.",
            "ru",
            ("displaced", "all", 60, "about"),
        ),
        (
            "Их задержали у здания суда — всего в автозаке было человек двадцать.",
            "ru",
            ("detained", "all", 20, "about"),
        ),
        (
            # "us" counted again after the comma with a noun of its own.
            "They kept and held us, some sixty people, in a sports hall.",
            "en",
            ("detained", "all", 60, "about"),
        ),
        (
            "They released us, twenty-eight men, on the fifth day.",
            "en",
            ("released", "men", 28, "exact"),
        ),
        (
            # The object «нас» counted again after the comma, as "…, N of us" is.
            "Утром отпустили нас, семнадцать человек.",
            "ru",
            ("released", "all", 17, "exact"),
        ),
        (
            "Нас задержали на рынке в субботу, двенадцать человек.",
            "ru",
            ("detained", "all", 12, "exact"),
        ),
        (
            "Sübh tezdən kəndimizi tərk etdik, qırx ailə idik.",
            "az",
            ("displaced", "families", 40, "exact"),
        ),
    ],
)
def test_a_headcount_after_the_act_counts_those_it_befell(text, language, expected):
    assert _read(text, language) == [expected]


def test_a_headcount_after_a_clause_with_no_act_is_no_figure():
    assert _read("We sat in the cellar, about sixty of us.", "en") == []
    assert _read("Biz zirzəmidə oturmuşduq, qırx nəfər idik.", "az") == []


def test_a_thing_described_by_a_number_after_the_act_is_no_headcount():
    text = "Evimizi yandırdılar, iki mərtəbəli daş ev idi."
    assert _read(text, "az") == []


def test_us_before_the_comma_with_no_count_of_persons_after_it_is_no_headcount():
    assert _read("Отпустили нас в пятницу, через двадцать дней.", "ru") == []
    assert _read("Нас отпустили, мне было девятнадцать лет.", "ru") == []


def test_us_before_the_comma_with_a_time_or_an_age_after_it_is_no_headcount():
    assert _read("They shelled us, two days in a row.", "en") == []
    assert _read("They held us, I was 17 then.", "en") == []
