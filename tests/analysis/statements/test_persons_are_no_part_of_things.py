"""A part that counts persons after "including" is of the persons counted before it, not of
the graves or buildings counted between them ("recovered 90 bodies from two mass graves,
including 12 women"); a part that counts things is still of the things. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Teams have recovered 90 bodies from two mass graves near the old mill, the prosecutor "
        "said on Friday, including those of 12 women.",
        "Diggers exhumed 90 bodies at two mass graves, including 12 women.",
    ],
)
def test_persons_after_the_graves_are_a_part_of_the_bodies(text):
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 90, None),
        ("burial_sites", "all", 2, None),
        ("found_dead", "women", 12, 0),
    ]


def test_things_after_the_things_are_a_part_of_them():
    text = "Shelling killed 30 people and destroyed 14 houses, including 3 schools."
    assert claim_fields(text, "en", _FIELDS)[-1] == ("property_destroyed", "schools", 3, 1)


def test_a_part_whose_fate_befalls_only_persons_is_of_the_persons():
    # "Identified" befalls persons: "of them" skips the graves counted last.
    text = "Diggers exhumed the remains of 52 people from three mass graves; 36 of them were identified."
    assert claim_fields(text, "en", _FIELDS) == [
        ("found_dead", "all", 52, None),
        ("burial_sites", "all", 3, None),
        ("identified", "all", 36, 0),
    ]


def test_near_miss_a_part_with_no_fate_of_persons_stays_with_the_things():
    text = "The town had 9 schools before the war; 3 of them reopened in May."
    assert ("property_destroyed", "schools", 3, 0) not in claim_fields(text, "en", _FIELDS)
