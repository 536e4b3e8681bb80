"""Persons a monitor visited («посетили 3 150 военнопленных», "visited 212 detainees") are
counted as visits: the noun that names them as held tells no fate of theirs. A verb of a fate
in their clause still does. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("За год сотрудники комитета посетили 870 военнопленных.", "ru"),
        ("Члены комиссии посетили около 300 заключённых в трёх колониях.", "ru"),
        ("Delegates visited 412 detainees in four facilities.", "en"),
    ],
)
def test_persons_visited_are_no_figure(text, language):
    assert claim_fields(text, language, FIELDS) == []


def test_near_miss_held_persons_counted_without_a_visit():
    text = "В колониях содержатся 870 военнопленных."
    assert claim_fields(text, "ru", FIELDS) == [("captured", 870)]
