"""Sites found or identified are burial sites only where the sentence names the dead ("14
sites where victims had been secretly buried"; not "40 sites for new shelters"); and a
possessive between "of the" and a group ("two of the trawler's crew") leaves the group named, and "people"
with a verb of their own after a part are others, not another part. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Investigators identified 14 sites where victims had been secretly buried.",
            "en",
            [("burial_sites", "all", 14)],
        ),
        (
            "The team identified 40 sites where remains were found.",
            "en",
            [("burial_sites", "all", 40)],
        ),
        ("Обнаружены три места массовых захоронений.", "ru", [("burial_sites", "all", 3)]),
    ],
)
def test_sites_of_the_dead_are_burial_sites(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The team found 40 sites for new shelters.", "en"),
        ("Deminers found 12 sites contaminated with mines.", "en"),
        ("Найдены 5 участков для строительства.", "ru"),
    ],
)
def test_sites_of_no_dead_are_no_figure(text, language):
    assert claim_fields(text, language, FIELDS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the trawler's crew died.", ("killed", "crew members", 2)),
        ("Five of the country's journalists were detained.", ("detained", "journalists", 5)),
    ],
)
def test_a_possessive_before_the_group_leaves_it_named(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


def test_people_with_a_verb_of_their_own_after_a_part_are_others():
    text = (
        "Thirty people were killed. Two of the crew were among the dead, and 5 people remain "
        "missing."
    )
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 30, None),
        ("killed", "crew members", 2, 0),
        ("missing", "all", 5, None),
    ]


def test_a_bare_number_after_a_part_is_another_part():
    text = "Of the 40 detained, 15 were tortured, and two died."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 40, None),
        ("tortured", 15, 0),
        ("killed", 2, 0),
    ]
