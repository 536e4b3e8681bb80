"""A count said as "more" of the count before it, with no noun of its own, counts the same group:
"four women were killed and two more were injured", «погибли четыре женщины, ещё двое ранены»,
"dörd qadın həlak olub, daha ikisi yaralanıb". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the raid on Pell four women were killed and two more were injured.", "en"),
        ("При налёте на Пелл погибли четыре женщины, ещё двое ранены.", "ru"),
        ("Pell kəndinə basqın zamanı dörd qadın həlak olub, daha ikisi yaralanıb.", "az"),
    ],
)
def test_more_counts_the_group_before(text, language):
    assert _read(text, language) == [("killed", "women", 4), ("injured", "women", 2)]


def test_more_of_no_group_stays_all():
    text = "In Pell 20 people were detained and 5 more were injured."
    assert _read(text, "en") == [("detained", "all", 20), ("injured", "all", 5)]
