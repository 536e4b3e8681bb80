""" "Over" right after a verb that takes it as its particle ("handed over", "turned over") belongs
to the verb; it says nothing of the number after it, which stays exact. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "The garrison handed over 40 prisoners to the monitors at dawn.",
        "On Sunday the militia had handed over 40 prisoners at the Kessen checkpoint.",
    ],
)
def test_the_particle_leaves_the_count_exact(text):
    assert claim_fields(text, "en", _FIELDS) == [("released", 40, "exact")]


def test_over_before_a_number_elsewhere_is_still_more_than():
    text = "Over 40 prisoners were released at the Kessen checkpoint."
    assert claim_fields(text, "en", _FIELDS) == [("released", 40, "at_least")]
