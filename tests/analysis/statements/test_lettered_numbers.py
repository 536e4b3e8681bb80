"""A number with a quoted letter after it is a class or a building, not a count: «ученик 9 «А»
класса», "9 “A” sinfinin şagirdi", "flat 9 'A'". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Погиб ученик 9 «А» класса, ранены трое жителей.", "ru"),
        ('9 "A" sinfinin şagirdi həlak olub, üç sakin yaralanıb.', "az"),
        ("A boy of class 9 'A' was killed and three residents were injured.", "en"),
    ],
)
def test_a_lettered_number_is_no_count(text, language):
    found = claim_fields(text, language, ("category", "count"))
    assert ("injured", 3) in found
    assert all(count != 9 for _, count in found)
