"""A witness's count of "us" after being taken: "Təxminən qırx kişi idik" (the Azerbaijani
copula's ending is "we" by itself), "Biz 45 kişi idik, hamımızı … həbs etdilər" (us counted
by what we are: men), «Нас забрали … Нас было человек двадцать». Taken away and then counted
where we were kept, and called no hostages, we were detained; taken as hostages we were
captured. An age, a distance or a day said in the first person counts nobody. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Biz 45 kişi idik, hamımızı iki gündə həbs etdilər.", "az", ("detained", "men", 45, "exact")),
        ("Bizi gecə yarısı, heç nə demədən kənddən apardılar. Təxminən qırx kişi idik.", "az",
         ("detained", "men", 40, "about")),
        ("Нас забрали прямо с рынка. Нас было человек двадцать.", "ru",
         ("detained", "all", 20, "about")),
        # Taken by soldiers, named after the verb as Russian puts them: captives.
        ("Нас забрали солдаты прямо с рынка. Нас было человек двадцать.", "ru",
         ("captured", "all", 20, "about")),
        # The group all of us were, said after the count (with where we were from).
        ("Нас забрали солдаты прямо с рынка. Нас было человек двадцать, все мужчины с нашей улицы.", "ru",
         ("captured", "men", 20, "about")),
        # Near miss: «все из нашего села» names where we were from, no group.
        ("Нас забрали прямо с рынка. Нас было человек двадцать, все из нашего села.", "ru",
         ("detained", "all", 20, "about")),
        # Near miss: taken by the police, we were detained.
        ("Нас забрали полицейские прямо с рынка. Нас было человек двадцать.", "ru",
         ("detained", "all", 20, "about")),
        ("Bizi girov götürüb zirzəmiyə saldılar. Biz qırx nəfər idik.", "az",
         ("captured", "all", 40, "exact")),
    ],
)  # fmt: skip
def test_us_counted_after_we_were_taken(text, language, expected):
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bizi gecə yarısı apardılar. Mən o vaxt on yeddi yaşında idim.", "az"),
        ("Bizi gecə yarısı apardılar. İki gün yol getdik, qırx kilometr idi.", "az"),
        ("Нас забрали прямо с рынка. Нам было по семнадцать лет.", "ru"),
        ("Biz zirzəmidə gizlənirdik, qırx nəfər idik.", "az"),
    ],
)
def test_first_person_figures_that_count_no_one_taken(text, language):
    assert _read(text, language) == []
