"""Persons or families who lost their homes, were rehoused or moved on, sent into exile or
given shelter away from home are displaced: "families have lost their homes", «остались без
жилья», «расселены в общежитие», «выслали в Сибирь», «дала кров семьям», "evini itirib",
"evsiz qalan". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the floods in Marsh county more than 2,000 families have lost their homes.", "en"),
        ("После паводка в Заболотье более 2 тысяч семей лишились жилья.", "ru"),
        ("Daşqından sonra Bataqlı rayonunda 2 mindən çox ailə evini itirib.", "az"),
    ],
)
def test_families_who_lost_their_homes_are_displaced(text, language):
    assert _read(text, language) == [("displaced", "families", 2000, "at_least")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("About 90 residents of Pine Street were left homeless by the fire.", "en"),
        ("После пожара без жилья остались около 90 жителей Сосновой улицы.", "ru"),
        ("Yanğından sonra evsiz qalan sakinlərin sayı 90-a yaxındır.", "az"),
    ],
)
def test_persons_left_homeless_are_displaced(text, language):
    assert _read(text, language) == [("displaced", "all", 90, "about")]


@pytest.mark.parametrize(
    ("text", "language", "count", "subgroup"),
    [
        ("Up to 150 families had to move on when the camp was shelled.", "en", 150, "families"),
        ("До ста пятидесяти семей пришлось переселять после обстрела.", "ru", 150, "families"),
        ("Около 35 жителей дома № 4 временно расселены в школе.", "ru", 35, "all"),
        ("Весной 1949 года в Сибирь выслали двадцать шесть семей.", "ru", 26, "families"),
        ("Монастырь дал кров тридцати семьям из окрестных сёл.", "ru", 30, "families"),
    ],
)
def test_persons_moved_rehoused_exiled_or_sheltered_are_displaced(text, language, count, subgroup):
    [(category, group, number, _)] = _read(text, language)
    assert (category, group, number) == ("displaced", subgroup, count)
