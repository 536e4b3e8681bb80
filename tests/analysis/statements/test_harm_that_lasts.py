"""Persons left disabled by an attack were hurt in it: "left disabled", «остались
инвалидами», "əlil qalıb" say what the act did to them, not a group they belonged to before
it, so the part keeps no subgroup of persons with disabilities. Persons with disabilities
counted as such stay a group. Limbs lost ("lost both legs") are injuries too; lives lost
are deaths. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling of Marrow wounded 240 children; 35 of them were left disabled for life.", "en"),
        ("Обстрелы Марроу ранили 240 детей, 35 из них остались инвалидами.", "ru"),
        ("Marrou atəşə tutularkən 240 uşaq yaralanıb, onlardan 35-i əlil qalıb.", "az"),
    ],
)
def test_those_left_disabled_were_hurt(text, language):
    # The act is what is tested; which group the part of the children counts is
    # test_parts_of_children's.
    assert ("injured", 35) in [(category, count) for category, _, count in figures(text, language)]
    assert all(
        subgroup != "persons with disabilities" for _, subgroup, _ in figures(text, language)
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("From Marrow the mission evacuated 35 persons with disabilities.", "en"),
        ("Из Марроу миссия эвакуировала 35 человек с инвалидностью.", "ru"),
    ],
)
def test_persons_with_disabilities_counted_as_such_stay_a_group(text, language):
    assert figures(text, language) == [("displaced", "persons with disabilities", 35)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two herders lost limbs when their flock set off a mine near the ridge.", 2),
        ("Three boys lost both legs when a submunition went off in an orchard.", 3),
        ("Four deminers lost their lower legs in a blast during clearance work.", 4),
    ],
)
def test_limbs_lost_are_injuries(text, count):
    assert [(category, n) for category, _, n in figures(text, "en")] == [("injured", count)]


def test_lives_lost_are_no_limbs_lost():
    # Near miss: lives lost are deaths, and vehicles lost are nothing of ours.
    text = "The convoy lost two trucks and five drivers lost their lives."
    assert [(category, n) for category, _, n in figures(text, "en")] == [("killed", 5)]
