"""A relative pronoun in a part's marker ("of whom", «из которых») refers to the count right
before it, set off by one comma, even when that count is itself a part of a list ("among them
11 women and 7 minors, of whom 3 …"); the part is then no item of that list. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers killed 50 villagers, among them 11 women and 7 minors, of whom 3 were "
         "infants.", "en"),
        ("Soldiers killed 50 villagers, among them 11 women and 7 minors, 3 of whom were "
         "infants.", "en"),
        ("Солдаты убили 50 жителей, в том числе 13 женщин и 7 детей, трое из которых "
         "были младенцами.", "ru"),
    ],
)  # fmt: skip
def test_the_part_is_of_the_count_right_before_the_pronoun(text, language):
    assert claim_fields(text, language, FIELDS)[-1] == ("killed", 3, 2)


def test_a_part_that_does_not_fit_stays_with_the_whole():
    text = "Soldiers killed 50 villagers, among them 7 minors, of whom 20 were men."
    assert ("killed", 20, 1) not in claim_fields(text, "en", FIELDS)
