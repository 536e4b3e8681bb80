"""Sites found or identified are burial sites only where the sentence names the dead ("nine
sites where bodies had been buried"; not "40 sites for new shelters"); and a possessive
between "of the" and a group ("four of the ship's crew") leaves the group named, and "people"
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
            "The Commission identified nine sites where bodies had been buried in secret.",
            "en",
            [("burial_sites", "all", 9)],
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
        ("Three of the ship's crew were among the dead.", ("killed", "crew members", 3)),
        ("Five of the country's journalists were detained.", ("detained", "journalists", 5)),
    ],
)
def test_a_possessive_before_the_group_leaves_it_named(text, expected):
    assert claim_fields(text, "en", FIELDS) == [expected]


def test_people_with_a_verb_of_their_own_after_a_part_are_others():
    text = (
        "Twenty people were killed. Four of the crew were among the dead, and 3 people are "
        "still missing."
    )
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("killed", "all", 20, None),
        ("killed", "crew members", 4, 0),
        ("missing", "all", 3, None),
    ]


def test_a_bare_number_after_a_part_is_another_part():
    text = "Of the 40 detained, 15 were tortured, and two died."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 40, None),
        ("tortured", 15, 0),
        ("killed", 2, 0),
    ]
