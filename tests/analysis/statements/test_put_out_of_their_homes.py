"""Persons put out of their homes are displaced however it is said: in the English passive
("were turned out"), by a Russian participle after the families counted («семьи, оставшиеся
без крова»), and by leaving one's region in Azerbaijani ("bölgəni tərk edib"), where the
family named after the persons with "ilə" went along with them and is not what was counted.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


def test_families_turned_out_are_displaced():
    text = "When the bailiffs came to Pellow Yard, 64 families were turned out in the rain."
    assert figures(text, "en") == [("displaced", "families", 64, "exact")]


def test_turned_out_in_the_active_is_no_displacement():
    text = "On polling day 480 residents of Pellow turned out to vote."
    assert figures(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Девять семей, оставшихся без крова после пожара, живут в спортзале.",
        "Девять семей, лишившихся жилья после пожара, живут у соседей.",
    ],
)
def test_families_left_homeless_said_by_a_participle(text):
    assert figures(text, "ru")[0] == ("displaced", "families", 9, "exact")


def test_pupils_who_left_with_their_families_are_counted_not_the_families():
    text = "Təxminən 3 100 şagird ailəsi ilə birlikdə Qarasu bölgəsini tərk edib."
    assert figures(text, "az") == [("displaced", "children", 3100, "about")]


def test_passing_from_the_world_is_a_death_not_a_move():
    text = "Bombardman gecəsi Qarasu kəndində 4 qoca dünyadan köçüb."
    assert figures(text, "az") == [("killed", "elderly", 4, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the purge of Hallow 9,500 people left their homes.", "en"),
        ("After the purge of Hallow 9,500 people left their native land.", "en"),
        ("Hallov təmizləməsindən sonra 9 500 sakin öz doğma torpaqlarını tərk edib.", "az"),
    ],
)
def test_those_who_left_home_or_homeland_are_displaced(text, language):
    assert figures(text, language) == [("displaced", "all", 9500, "exact")]
