"""«Трое из пяти похищенных журналистов освобождены, двое погибли»: a part told before its
whole opens that whole's breakdown; a later bare count of the sentence, or one called the
rest, is another part of the whole, not of the first part. A count with persons of its own
(«два спасателя») is not moved to the whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
FIRST = [("released", 3, 1), ("captured", 5, None)]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Трое из пяти похищенных журналистов освобождены, двое погибли.", ("killed", 2, 1)),
        (
            "Трое из пяти похищенных журналистов освобождены, остальные двое погибли.",
            ("killed", 2, 1),
        ),
        (
            "Трое из пяти похищенных журналистов освобождены, судьба остальных двоих неизвестна.",
            ("disappeared", 2, 1),
        ),
    ],
)
def test_a_later_part_is_of_the_whole(text, last):
    assert claim_fields(text, "ru", FIELDS) == [*FIRST, last]


def test_persons_of_their_own_are_not_moved_to_the_whole():
    claims = claim_fields(
        "Трое из пяти похищенных журналистов освобождены, два спасателя погибли.", "ru", FIELDS
    )
    assert ("killed", 2, 1) not in claims
