"""One bare number set off by commas after "both" or "all", right after a count of persons
("two nurses, both 24, were detained", "three brothers, all 17 years old, …"), is the age
they all are, no count; a number with a noun or unit of its own ("two villages, both 19 km
from the border") is no such age. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.category, c.subgroup, c.count) for c in read_statement(text, "en").claims]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained two nurses, both 24, outside the clinic.",
        "Two nurses, both 24, were detained outside the clinic.",
        "Police detained two nurses, both 24 years old, outside the clinic.",
    ],
)
def test_the_age_they_all_are_is_no_count(text):
    assert _read(text) == [("detained", "medical workers", 2)]


def test_a_number_with_a_unit_of_its_own_is_no_age():
    claims = _read("Police detained two nurses, both 24 km from the clinic, on Monday.")
    assert ("detained", "medical workers", 2) in claims
    assert all(count != 24 for _, _, count in claims)


def test_an_age_limit_after_both_is_read_as_before():
    text = "Police detained eight residents; two of them, both over 70, were later released."
    claims = read_statement(text, "en").claims
    assert all(c.count != 70 for c in claims)
