"""Injuries that a doctor or a monitor finds "consistent with" beatings, blows or torture are
told as that ill-treatment: the persons counted were tortured, not only hurt. Injuries
consistent with something else (a fall) stay injuries. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_persons_with_injuries_consistent_with_beatings():
    text = "The clinic examined 23 students with injuries consistent with beatings in custody."
    assert _read(text) == [("tortured", "students", 23, "exact", None)]


def test_injuries_consistent_with_torture_found_on_a_count():
    text = "The monitors recorded 37 people with injuries consistent with torture."
    assert _read(text) == [("tortured", "all", 37, "exact", None)]


def test_injuries_consistent_with_a_word_before_the_blows():
    text = "Doctors found injuries consistent with repeated blows on 9 of the men."
    assert _read(text) == [("tortured", "men", 9, "exact", None)]


def test_near_miss_injuries_consistent_with_a_fall():
    text = "Twelve were treated for injuries consistent with a fall."
    assert _read(text) == [("injured", "all", 12, "exact", None)]
