""" "None of the rescuers were hurt": a zero of a group that only harm done to persons is said
of counts persons, whatever unknown plural of persons names the group ("-ers" included), and
the group carries no label. "None of the papers has published …" counts none. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A shell hit the depot. None of the rescuers were hurt.", "injured"),
        ("None of the firefighters had been injured.", "injured"),
        ("None of the bakers were killed.", "killed"),
    ],
)
def test_none_of_a_group_of_persons_hurt_is_a_zero(text, category):
    assert (category, "all", 0) in claim_fields(text, "en", FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "None of the papers has yet published the names of the dead.",
        "None of the containers were damaged.",
    ],
)
def test_near_miss_things_are_no_zero_of_persons(text):
    assert not [f for f in claim_fields(text, "en", FIELDS) if f[2] == 0]
