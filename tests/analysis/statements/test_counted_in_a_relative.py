"""A count in a relative clause that only says how many the persons named by their fate were
("the deported, of whom there were some 600", «депортированных, которых было около 600»)
counts them with that fate; persons named by no fate are no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The commission did not list the deported, of whom there were some 600.", "en"),
        ("Комиссия не включила в список депортированных, которых было около 600.", "ru"),
    ],
)
def test_the_count_takes_the_fate_of_the_persons_named(text, language):
    assert claim_fields(text, language, FIELDS) == [("displaced", 600, "about")]


def test_persons_named_by_no_fate_are_no_figure():
    text = "Комиссия опросила свидетелей, которых было около 600."
    assert claim_fields(text, "ru", FIELDS) == []
