"""Parts of the burial sites found that their clause calls mass graves are the mass graves
among them; a part of sites already counted as mass graves keeps the whole's group. Sentences
written here."""

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
            [("burial_sites", "all", 4, None), ("burial_sites", "mass graves", 2, 0)],
        ),
        (
            "The team located six burial pits, three of which were mass graves.",
            "en",
            [("burial_sites", "all", 6, None), ("burial_sites", "mass graves", 3, 0)],
        ),
    ],
)
def test_parts_called_mass_graves_are_that_group(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


def test_a_part_of_mass_graves_keeps_the_whole_group():
    text = "Обнаружены четыре массовых захоронения, в одном из которых лежат останки 9 человек."
    assert ("burial_sites", "all", 1, 0) in claim_fields(text, "ru", FIELDS)
