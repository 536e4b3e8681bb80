""" "Kept" is "held" as a witness says it: "they kept about 40 of us in one room" counts the
detained, and persons kept after they were abducted are captive. Kept alive, kept informed,
kept for observation or in hospital say nothing of custody, and things kept are no figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They kept about 40 of us in one room for three days.", [("detained", 40)]),
        ("The guards kept 25 men in the basement of the police station.", [("detained", 25)]),
        (
            "Gunmen abducted 18 farmers. They kept them in a barn, about a dozen men.",
            [("captured", 18), ("captured", 12)],
        ),
    ],
)
def test_kept_is_held(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The doctors kept 12 of the wounded alive with donated blood.",
        "The clinic kept 30 patients overnight for observation.",
        "The monitors kept a list of 40 names.",
        "The farmers kept 300 sheep in the valley.",
    ],
)
def test_kept_in_another_sense_is_no_custody(text):
    assert _read(text) == []


def test_held_after_an_uncounted_take_are_captive():
    text = "Armed men took every man they found. They kept them in a barn, about fifty men."
    assert _read(text) == [("captured", 50)]


def test_held_after_an_uncounted_arrest_are_detained():
    text = "Police arrested dozens of students. They kept them in the gym, about forty students."
    assert ("detained", 40) in _read(text)
