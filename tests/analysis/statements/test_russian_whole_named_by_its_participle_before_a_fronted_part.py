"""«Из 52 похищенных освобождены 35», «Из 52 похищенных удалось освободить 35»: the verb after
the whole and before the part says what became of the part; the participle after the whole's
number («похищенных») still says what befell the whole — the captured, not a figure lost.
What was managed («удалось освободить») was done. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Из 52 похищенных освобождены 35.",
        "Из 52 похищенных волонтёров освобождены 35.",
        "Из 52 похищенных удалось освободить 35.",
    ],
)
def test_the_whole_keeps_its_participle(text):
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("captured", 52, None),
        ("released", 35, 0),
    ]


def test_near_miss_a_whole_of_things():
    text = "Из 120 домов разрушено 40."
    assert claim_fields(text, "ru", ("category", "count")) == [("property_destroyed", 40)]
