"""«На связь не выходят 12 человек»: persons their relatives or helpers cannot reach are
missing, in either order of the words. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "После наводнения на связь не выходят 12 жителей посёлка.",
        "Родственники сообщают, что 12 рыбаков со вчерашнего дня не выходят на связь.",
    ],
)
def test_out_of_contact_are_missing(text):
    assert claim_fields(text, "ru", FIELDS) == [("missing", 12)]


def test_activists_are_a_label():
    text = "Четверо активистов движения с понедельника не выходят на связь."
    assert claim_fields(text, "ru", ("category", "subgroup", "count")) == [
        ("missing", "activists", 4)
    ]
