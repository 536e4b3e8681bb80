"""A qualifier set off by commas before the number qualifies it («Погибли, по меньшей мере,
100 человек», "killed, at least, 40"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier", "qualifier_words", "parent")


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Погибли, по меньшей мере, 100 человек.",
            "ru",
            [("killed", "all", 100, "at_least", "по меньшей мере", None)],
        ),
        (
            "Погибли, по крайней мере, двадцать человек, в том числе, как минимум, пятеро детей.",
            "ru",
            [
                ("killed", "all", 20, "at_least", "по крайней мере", None),
                ("killed", "children", 5, "at_least", "как минимум", 0),
            ],
        ),
        (
            "At least 10 people were killed, at least, 40 were injured.",
            "en",
            [
                ("killed", "all", 10, "at_least", "At least", None),
                ("injured", "all", 40, "at_least", "at least", None),
            ],
        ),
    ],
)
def test_a_qualifier_between_commas_qualifies_the_number(text, language, claims):
    assert claim_fields(text, language, FIELDS) == claims


def test_a_comparison_after_the_count_qualifies_nothing():
    text = "Погибли 10 человек, более, чем в прошлом году."
    assert claim_fields(text, "ru", ("count", "qualifier")) == [(10, "exact")]
