"""Russian groups named by a longer word of their own: teaching staff by the law's word
(«педагогических работников» = teachers), an ambulance crew («сотрудники бригады скорой
помощи» = medical workers), the participants of a peaceful or public assembly («участников
мирного собрания» = protesters). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("При обстреле школы погибли 4 педагогических работника.", "teachers"),
        ("Ранены 2 сотрудника бригады скорой помощи.", "medical workers"),
        ("При разгоне ранены 12 участников мирного собрания.", "protesters"),
        ("При разгоне ранены 12 участников публичного собрания.", "protesters"),
    ],
)
def test_group_named_by_its_longer_word(text, subgroup):
    assert [c[1] for c in claim_fields(text, "ru", FIELDS)] == [subgroup]


def test_a_meeting_of_shareholders_is_no_protest():
    """Near miss: an assembly the law does not call peaceful or public met, no more."""
    text = "Ранены 5 участников собрания акционеров."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 5)]


def test_among_the_admitted():
    """«Среди поступивших» names the persons admitted to hospital before it."""
    text = "В больницу поступили 40 человек. Среди поступивших — 3 фельдшера."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("injured", "all", 40, None),
        ("injured", "medical workers", 3, 0),
    ]
