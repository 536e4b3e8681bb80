"""Digits joined by a hyphen to a capitalised name («ИК-9», «СИЗО-2», the road "R-15", an
operation «Восток-3») are that thing's number, no count; a count beside the name, or a
range of counts, is still read. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Суд рассмотрел дело о пытках в ИК-6 Северного края.",
        "Бывшего начальника СИЗО-3 обвиняют в избиениях.",
        "Колонна попала под обстрел на трассе Р-21, есть погибшие.",
    ],
)
def test_a_number_hyphened_to_a_name_counts_nothing(text):
    assert [f for f in claim_fields(text, "ru", FIELDS) if f[1] is not None] == []


def test_near_miss_a_count_beside_the_name():
    """The count of the sentence beside the name is still read."""
    text = "В СИЗО-3 от побоев скончались 4 человека."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 4)]


def test_near_miss_a_range_of_counts():
    text = "Ранены 5-7 человек."
    assert claim_fields(text, "ru", ("category", "count_low", "count_high")) == [("injured", 5, 7)]
