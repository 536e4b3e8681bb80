"""Russian «…, которых (систематически) избивали»: a relative clause in the accusative right
after persons a verb counted, its act of harm with no count of its own, is a second figure
of the same persons; a clause of no harm, or with a count of its own, adds none. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "На складе удерживались не менее 35 рыбаков, которых регулярно избивали.",
        "На складе удерживались не менее 35 рыбаков прибрежных посёлков, которых пытали.",
    ],
)
def test_harm_said_of_whom_is_a_second_figure(text):
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 35, "at_least"),
        ("tortured", 35, "at_least"),
    ]


@pytest.mark.parametrize(
    "clause", ["которых позднее отпустили", "которых избивали двое охранников"]
)
def test_near_miss_no_harm_or_a_count_of_its_own(clause):
    text = f"На складе удерживались 35 рыбаков, {clause}."
    assert ("tortured", 35, "exact") not in claim_fields(text, "ru", FIELDS)
