"""A number of times before an object ("4 dəfə yerlərini dəyişdilər", changed places four
times; "4 dəfə evlərini tərk etdilər") counts no one, whatever the verb; persons counted before
their object ("4 ailə evlərini tərk edib") are still counted. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Silahlılar 4 dəfə yerlərini azad etdilər.",
        "Ailələr 4 dəfə evlərini tərk etdilər.",
    ],
)
def test_times_before_an_object_count_no_one(text):
    assert _read(text) == []


def test_near_miss_persons_before_their_object_are_counted():
    assert _read("Müharibə zamanı 4 nəfər evlərini tərk edib.") == [("displaced", 4)]
