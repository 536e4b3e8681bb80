"""Russian inflects only the last word of a compound ordinal («двадцать девятого обмена»,
«сорок первом рейсе»): the round tens or hundreds before it are part of the ordinal, no count.
A cardinal «двадцать один» (filed by the dictionary with the pronouns) stays a count.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "В ходе сорок первого обмена на родину вернулись 60 пленных.",
            [("released", "all", 60, None, None, "exact", None)],
        ),
        (
            "На тридцать пятый день осады погибли ещё 12 человек.",
            [("killed", "all", 12, None, None, "exact", None)],
        ),
    ],
)
def test_the_tens_before_an_ordinal_are_no_count(text, claims):
    assert claim_fields(text, "ru") == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Под завалами нашли тела двадцати одного человека.",
            [("found_dead", "all", 21, None, None, "exact", None)],
        ),
        (
            "В бою погибли сорок три военнослужащих.",
            [("killed", "servicemen", 43, None, None, "exact", None)],
        ),
    ],
)
def test_a_compound_cardinal_stays_a_count(text, claims):
    assert claim_fields(text, "ru") == claims
