"""A header that leaves the label column unnamed («Погибшие | Раненые» over «Мужчины | 41 |
120») has a cell fewer than every row under it: its cells name the columns of numbers, the
first one included. Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")
EXPECTED = [
    ("killed", "men", 12),
    ("injured", "men", 30),
    ("killed", "women", 5),
    ("injured", "women", 18),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Потери за май\nПогибшие | Раненые\nМужчины | 12 | 30\nЖенщины | 5 | 18\n", "ru"),
        (
            "Потери за май\n| Погибшие | Раненые |\n| Мужчины | 12 | 30 |\n| Женщины | 5 | 18 |\n",
            "ru",
        ),
        ("Casualties in May\nKilled | Injured\nMen | 12 | 30\nWomen | 5 | 18\n", "en"),
    ],
)
def test_the_header_names_the_columns_of_numbers(text, language):
    assert claim_fields(text, language, FIELDS) == EXPECTED


def test_a_header_with_its_label_cell_reads_as_before():
    # Near miss: a header as long as its rows names the label column first.
    text = "Группа | Погибшие | Раненые\nМужчины | 12 | 30\nЖенщины | 5 | 18\n"
    assert claim_fields(text, "ru", FIELDS) == EXPECTED


def test_rows_of_another_length_leave_the_header_alone():
    # Near miss: rows two cells longer than the header are no such table.
    text = "Погибшие | Раненые\nМужчины | 12 | 30 | 7\nЖенщины | 5 | 18 | 2\n"
    assert ("killed", "men", 12) not in claim_fields(text, "ru", FIELDS)
