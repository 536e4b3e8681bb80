"""Russian: a two-word act after a preposition («за пытки», «в плену», «за решёткой») takes
only its noun's modifiers between its words («за жестокие пытки», «в российском плену»), never
a count and another act: in «осуждён за убийство четверых сельчан и пытки ещё одного» the four
were killed, not tortured. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


def test_a_count_of_another_act_is_not_inside_the_prepositions_phrase():
    text = "Бывший командир осуждён за убийство четверых сельчан и пытки ещё одного."
    assert ("killed", "all", 4) in _read(text)
    assert ("tortured", "all", 4) not in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Двое охранников осуждены за жестокие пытки 12 заключённых.", [("tortured", "all", 12)]),
        ("В российском плену по-прежнему остаются 64 моряка.", [("captured", "all", 64)]),
    ],
)
def test_modifiers_between_the_preposition_and_its_noun_still_match(text, expected):
    assert _read(text) == expected
