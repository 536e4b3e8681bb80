"""Persons a search still goes on for are missing: "the search continues for 20 more people",
"rescuers are still searching for 20 people", «идут поиски 20 человек», «спасатели продолжают
искать 20 человек», "daha 20 nəfərin axtarışı davam edir", "xilasedicilər 20 nəfəri axtarır". A search for things is no one
missing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the landslide the search continues for at least 17 villagers.", "en"),
        ("Volunteers are still searching for at least 17 villagers.", "en"),
        ("После оползня идут поиски по меньшей мере 17 жителей села.", "ru"),
        ("После оползня спасатели продолжают искать по меньшей мере 17 жителей.", "ru"),
        ("Sürüşmədən sonra ən azı 17 kənd sakininin axtarışı davam edir.", "az"),
        ("Sürüşmədən sonra ən azı 17 kənd sakininin axtarışı aparılır.", "az"),
        ("Sürüşmədən sonra xilasedicilər ən azı 17 kənd sakinini axtarırlar.", "az"),
        ("Sürüşmədən sonra biz hələ ən azı 17 kənd sakinini axtarırıq.", "az"),
        # The kin seeking their own.
        ("Sürüşmədən sonra qohumları ən azı 17 kənd sakinini axtarır.", "az"),
        ("Sürüşmədən sonra ailələr ən azı 17 kənd sakinini axtarırlar.", "az"),
    ],
)
def test_persons_a_search_goes_on_for_are_missing(text, language):
    assert claim_fields(text, language, FIELDS) == [("missing", 17, "at_least")]


def test_near_miss_a_search_for_things():
    assert claim_fields("Police are still searching for 17 stolen rifles.", "en", FIELDS) == []


def test_near_miss_the_police_seeking_persons():
    # The police may seek suspects: only rescuers and those who speak search for the missing.
    assert claim_fields("Polis hələ də 17 şübhəlini axtarır.", "az", FIELDS) == []
