"""«Про остальных пятерых я до сих пор ничего не знаю», «Об остальных двадцати мы ничего не
слышали»: a witness or a relative says nothing is known of the rest of persons taken, the
others released. The rest of the taken disappeared; a count said so without «остальных», or
the rest of no taken whole, is nothing here. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "nothing_known",
    [
        "Про остальных шестерых я до сих пор ничего не знаю",
        "Об остальных шести мы ничего не знаем",
        "Об остальных шестерых родные больше ничего не слышали",
        "Про остальных шестерых нам пока ничего не известно",
    ],
)
def test_the_rest_of_the_taken_nothing_known_of_disappeared(nothing_known):
    text = f"Солдаты задержали на блокпосту 10 мужчин. Четверых отпустили вечером. {nothing_known}."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "men", 10, None),
        ("released", "men", 4, 0),
        ("disappeared", "men", 6, 0),
    ]


def test_near_miss_a_count_not_the_rest_is_no_figure():
    text = "Солдаты задержали на блокпосту 10 мужчин. О двоих я ничего не знаю."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "men", 10, None)]


def test_near_miss_the_rest_of_no_taken_whole_is_left():
    text = "На митинг пришли 10 человек. Четверых я знаю. Об остальных шестерых я ничего не знаю."
    assert ("disappeared", "all", 6, None) not in claim_fields(text, "ru", FIELDS)
    assert all(f[0] != "disappeared" for f in claim_fields(text, "ru", FIELDS))
