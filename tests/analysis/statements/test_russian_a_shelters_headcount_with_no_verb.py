"""Russian: a temporary accommodation centre's headcount said with no verb («В ПВР 80 человек»),
as a shelter's log keeps it, counts displaced persons, and the parts in its parenthesis are
theirs. Near misses: a verb between the centre and the count says what else the counted do or
underwent there; persons counted by a fate of their own in the centre keep it. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "09:00 — В ПВР 245 человек.",
        "На утро понедельника в пункте временного размещения 245 человек.",
    ],
)
def test_a_headcount_in_a_centre_is_of_the_displaced(text):
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 245, None)]


def test_the_parts_in_its_parenthesis_are_of_the_headcount():
    text = "Вечером в ПВР 245 человек (в т. ч. 61 ребёнок, 20 пожилых)."
    assert claim_fields(text, "ru", FIELDS) == [
        ("displaced", 245, None),
        ("displaced", 61, 0),
        ("displaced", 20, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В ПВР работают 15 волонтёров.",
        "В пунктах временного размещения дежурят 6 врачей.",
    ],
)
def test_those_working_in_a_centre_are_not_displaced(text):
    assert not [f for f in claim_fields(text, "ru", FIELDS) if f[0] == "displaced"]


@pytest.mark.parametrize(
    "text",
    ["В ПВР 4 раненых.", "В ПВР доставлены 4 раненых.", "В спортзале размещены 4 раненых."],
)
def test_the_wounded_in_a_centre_stay_wounded(text):
    assert claim_fields(text, "ru", FIELDS) == [("injured", 4, None)]


def test_a_death_in_a_centre_is_a_death():
    assert claim_fields("В ПВР скончались 2 человека.", "ru", FIELDS) == [("killed", 2, None)]
