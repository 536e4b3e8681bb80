"""Residents and families put up away from home are displaced ("60 residents have been moved
to a sports hall", «80 жителей размещены в спортзале», "230 sakin yataqxanada
yerləşdirilib"); persons held who are put up somewhere stay held. Persons given asylum, and
persons who crossed into another state ("qonşu ölkəyə keçib"), are displaced. Numbers joined
to a number a reference word names are references ("houses 3 and 5"), but not across the end
of a sentence ("46 houses. Five villagers …"), and «пункты временного размещения» are places. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Some 45 residents of the damaged block have been moved to a sports hall.",
            "en",
            ("displaced", "all", 45, "about"),
        ),
        (
            "About 120 families have been moved to a school.",
            "en",
            ("displaced", "families", 120, "about"),
        ),
        ("Около 80 жителей размещены в спортзале школы.", "ru", ("displaced", "all", 80, "about")),
        (
            "Müvəqqəti olaraq 230 sakin universitetin yataqxanasında yerləşdirilib.",
            "az",
            ("displaced", "all", 230, "exact"),
        ),
        (
            "Sürüşmədən sonra 45 ailə universitetin yataqxanasında yerləşdirilib.",
            "az",
            ("displaced", "families", 45, "exact"),
        ),
    ],
)
def test_persons_put_up_away_from_home_are_displaced(text, language, expected):
    assert claim_fields(text, language, FIELDS) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The 30 detainees were moved to another prison.", "en", ("detained", "all", 30, "exact")),
        ("Задержанные 12 человек размещены в изоляторе.", "ru", ("detained", "all", 12, "exact")),
        ("Saxlanılan 40 nəfər təcridxanada yerləşdirilib.", "az", ("detained", "all", 40, "exact")),
    ],
)
def test_persons_held_stay_held_wherever_they_are_put(text, language, expected):
    assert claim_fields(text, language, FIELDS) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Neighbouring states have granted asylum to 340 villagers.",
            "en",
            ("displaced", "all", 340, "exact"),
        ),
        (
            "Fewer than 200 people have been granted asylum.",
            "en",
            ("displaced", "all", 200, "at_most"),
        ),
        ("Son həftədə 2 min nəfər qonşu ölkəyə keçib.", "az", ("displaced", "all", 2000, "exact")),
    ],
)
def test_asylum_and_crossing_into_another_state_are_displacement(text, language, expected):
    assert claim_fields(text, language, FIELDS) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 70 tenants of houses 3 and 5 have been moved to a hotel.",
        "Some 70 residents of buildings 3 and 5 have been moved to a hotel.",
        "Some 70 residents of flats 3 and 5 have been moved to a hotel.",
    ],
)
def test_numbers_joined_to_numbered_buildings_are_references(text):
    assert claim_fields(text, "en", FIELDS) == [("displaced", "all", 70, "about")]


def test_a_sentence_ends_between_a_plural_and_a_count():
    text = "They set fire to 46 houses. Five villagers were killed."
    assert claim_fields(text, "en", FIELDS) == [
        ("property_destroyed", "homes", 46, "exact"),
        ("killed", "all", 5, "exact"),
    ]


def test_counts_beside_numbered_cells_are_still_counts():
    text = "Articles 7 and 9 were violated; 12 and 14 people were killed."
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 12, "exact"),
        ("killed", "all", 14, "exact"),
    ]


def test_points_of_temporary_accommodation_are_places():
    text = "От 900 до 1 100 из них размещены в 17 пунктах временного размещения."
    assert claim_fields(text, "ru", ("category", "count_low", "count_high")) == [
        ("displaced", 900, 1100)
    ]
