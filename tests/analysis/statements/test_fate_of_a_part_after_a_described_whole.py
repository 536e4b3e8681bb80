"""A part named before its whole, the whole described by a word of its own fate, and the
part's fate said by a verb after ("Three of the 40 detainees died in custody", "Two of the
12 missing fishermen were found dead"): the verb is the part's, the whole keeps what its
words say of it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        # "died" has no participle: after the whole's noun it is the clause's verb.
        ("Three of the 40 detainees died in custody.", "killed", "detained"),
        ("Three of the 40 wounded villagers died in hospital.", "killed", "injured"),
        ("Three of the 40 hostages perished in the fire.", "killed", "captured"),
        # "missing" describes persons before their noun as a participle does.
        ("Three of the 40 missing persons were later found dead.", "found_dead", "missing"),
        ("Three of the 40 missing shepherds were killed.", "killed", "missing"),
    ],
)
def test_the_verb_is_the_part_s_and_the_whole_keeps_its_description(text, part, whole):
    fields = claim_fields(text, "en", ("category", "count", "parent"))
    assert sorted(fields, key=lambda f: f[1]) == [(part, 3, 1), (whole, 40, None)]


def test_missing_persons_with_a_fate_of_their_own_are_that_fate():
    assert claim_fields("40 missing persons were later found dead.", "en", FIELDS) == [
        ("found_dead", "all", 40, "exact", None),
    ]


def test_near_miss_a_participle_after_the_whole_describes_it():
    # "killed" can be a participle: "the 40 people killed" are the dead, the verb is "were".
    assert claim_fields("Three of the 40 people killed were women.", "en", FIELDS) == [
        ("killed", "women", 3, "exact", 1),
        ("killed", "all", 40, "exact", None),
    ]


def test_near_miss_missing_persons_as_the_name_of_a_body_counts_no_one():
    assert claim_fields("The missing persons commission met twelve families.", "en", FIELDS) == []
