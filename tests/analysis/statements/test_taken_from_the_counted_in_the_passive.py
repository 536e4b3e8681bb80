"""English "taken from" in the passive with no count before it: "samples were taken from 31
individuals" tells what was taken from those counted, not a seizure of them. Persons counted
before the passive are the taken ("14 men were taken from the village"). Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_samples_taken_from_those_counted_seize_no_one():
    text = "At the morgue, bone samples were taken from 27 individuals for testing."
    assert _read(text) == []


def test_near_miss_persons_taken_from_a_place_are_seized():
    text = "During the raid 14 men were taken from the village."
    assert _read(text) == [("captured", 14)]
