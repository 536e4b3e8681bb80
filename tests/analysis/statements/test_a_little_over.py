"""«Девяносто с чем-то», «90 с небольшим»: a little over the number, as «с лишним»: at least.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "К вечеру из подвала вывели семьдесят с чем-то пленных.",
        "К вечеру из подвала вывели 70 с небольшим пленных.",
    ],
)
def test_a_little_over_the_number_is_at_least(text):
    assert claim_fields(text, "ru", FIELDS)[0][1:] == (70, "at_least")
