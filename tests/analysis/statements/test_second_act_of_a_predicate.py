"""A second act said of the same persons by a participle joined with "and": "Four men were
held at the depot for a week and were repeatedly beaten" is four detained and four
tortured. A noun joined inside the first verb's adjunct ("treated for cuts and burn wounds")
and an act that is none of ours ("arrested and charged") add nothing. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Four men were held at the depot for a week and were repeatedly beaten.",
        "Four men were held at the depot and tortured.",
    ],
)
def test_a_second_participle_adds_the_act(text):
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "men", 4, None),
        ("tortured", "men", 4, None),
    ]


def test_a_second_count_keeps_its_own_verb():
    text = "Eight villagers were killed and 30 injured."
    assert [c[0] for c in claim_fields(text, "en", FIELDS)] == ["killed", "injured"]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: no second act of ours.
        "Four men were arrested at the depot and charged.",
        "Some 20 people were treated for cuts and burn wounds.",
    ],
)
def test_no_second_act_where_none_is_named(text):
    assert len(claim_fields(text, "en", FIELDS)) == 1


def test_a_second_verb_with_an_object_of_its_own_is_no_second_act():
    # The six are counted by their own verb; the 14 beaten are not all of them executed.
    text = "Camp guards subjected 14 prisoners to beatings and executed six."
    assert claim_fields(text, "en", FIELDS) == [
        ("tortured", "all", 14, None),
        ("killed", "all", 6, None),
    ]
