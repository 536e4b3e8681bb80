"""A short aside between a part's marker and its list («Среди них, по первым данным, 12 женщин
и 4 ребёнка», "Among them, according to early accounts, 12 women and 4 children") leaves the list the
marker's parts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("На окраине Луговой найдены тела 57 человек. Среди них, по первым данным, не более 12 "
         "женщин и 4 ребёнка.", "ru"),
        ("Searchers found the bodies of 57 people near Lugova. Among them, according to early accounts, "
         "12 women and 4 children.", "en"),
    ],
)  # fmt: skip
def test_an_aside_after_the_marker_keeps_the_parts(text, language):
    found = claim_fields(text, language, FIELDS)
    assert ("found_dead", "children", 4, 0) in found
