"""Persons put out of their homes by force or order ("were evicted", "the eviction of 300"),
and persons living in tents since ("have been living for months in tents", «живут в
палатках», "çadırlarda yaşayır"), are displaced. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bailiffs evicted 85 tenants from the riverside block.", "en"),
        ("In June 85 tenants were forcibly evicted from the riverside block.", "en"),
        ("Since the floods 85 tenants have been living for weeks in tents.", "en"),
        ("После наводнения 85 жильцов живут в палатках у реки.", "ru"),
        ("Daşqından sonra 85 sakin çadırlarda yaşayır.", "az"),
    ],
)
def test_the_evicted_and_those_in_tents_are_displaced(text, language):
    assert claim_fields(text, language, FIELDS) == [("displaced", 85)]


def test_tents_as_things_are_no_persons():
    text = "The agency delivered 85 tents to the camp."
    assert ("displaced", 85) not in claim_fields(text, "en", FIELDS)
