"""Parts of the burial sites found that their clause calls mass graves are burial sites too,
parts of the whole, with no group: a claim's group names persons (women, children,
journalists …), and a kind of site is none; the words as stated keep "mass graves". A part of
sites already counted as mass graves is so too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Поисковики обнаружили четыре ямы, в двух из которых, по данным экспертов, "
            "находятся массовые захоронения.",
            "ru",
            [("burial_sites", "all", 4, None), ("burial_sites", "all", 2, 0)],
        ),
        (
            "The team located six burial pits, three of which were mass graves.",
            "en",
            [("burial_sites", "all", 6, None), ("burial_sites", "all", 3, 0)],
        ),
    ],
)
def test_parts_called_mass_graves_are_parts_of_the_sites(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


def test_a_part_of_mass_graves_keeps_the_whole_group():
    text = "Обнаружены четыре массовых захоронения, в одном из которых лежат останки 9 человек."
    assert ("burial_sites", "all", 1, 0) in claim_fields(text, "ru", FIELDS)
