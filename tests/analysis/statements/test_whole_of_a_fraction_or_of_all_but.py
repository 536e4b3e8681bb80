"""The whole after "half of the", "one in three of the" or "all but three of the" is only how
many there were: the verb after it is the part's, which the draft does not count. The whole
keeps what its own noun or participle names ("hostages", "people abducted"), and no figure
of the verb. A whole with a counted part of its own keeps the part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All but three of the 17 hostages were freed on Monday.", [("captured", 17, None)]),
        ("All but one of the 22 people abducted were killed.", [("captured", 22, None)]),
        ("Half of the 36 villagers were released by evening.", []),
        ("Half of the 36 villagers detained were released by evening.", [("detained", 36, None)]),
        ("One in three of the 150 detainees were beaten in custody.", [("detained", 150, None)]),
    ],
)
def test_the_verb_is_the_parts_not_the_wholes(text, expected):
    assert _read(text) == expected


def test_a_counted_part_stays_a_part():
    text = "Nine of the 17 hostages were freed on Monday."
    assert _read(text) == [("released", 9, 1), ("captured", 17, None)]


def test_a_relative_clause_after_the_whole_is_the_wholes():
    text = "Some 300 detainees were freed, about half of the 640 who are held in the camp."
    assert _read(text) == [("released", 300, None), ("detained", 640, None)]


@pytest.mark.parametrize(
    "text",
    [
        "900 saxlanılanın yarısı işgəncəyə məruz qalıb.",
        "900 saxlanılanın yarıdan çoxu döyüldüyünü bildirib.",
    ],
)
def test_azerbaijani_whole_named_by_a_participle_in_the_genitive(text):
    # The fraction follows the participle that names the whole: the verb is the fraction's.
    assert claim_fields(text, "az", ("category", "count", "parent")) == [("detained", 900, None)]


def test_near_miss_azerbaijani_a_counted_part_after_the_genitive_keeps_its_verb():
    found = claim_fields(
        "900 saxlanılanın 40-ı işgəncəyə məruz qalıb.", "az", ("category", "count")
    )
    assert ("tortured", 40) in found
    assert ("detained", 900) in found
