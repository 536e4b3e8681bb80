"""A score ("beat the visitors 3-1", «победила 4-2») is no count: two numbers joined by a bare
hyphen, the second no higher than the first, are never a range of persons (a range rises).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In the memorial cup the home side beat Portlen 3-1.", []),
        ("en", "The teachers' team beat the miners 2-2 on penalties; 14 miners were killed in "
         "the blast.", [("killed", 14, None, None)]),
        ("ru", "В финале турнира памяти команда села разбила гостей 4-2.", []),
        # A rising pair is still a range.
        ("en", "Soldiers beat 3-5 detainees in the yard.", [("tortured", None, 3, 5)]),
    ],
)  # fmt: skip
def test_a_score_is_read_as_no_figure(language, text, expected):
    assert claim_fields(text, language, FIELDS) == expected
