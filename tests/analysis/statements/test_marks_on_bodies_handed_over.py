"""Bodies bearing marks of torture that are handed over (to relatives, to the other side)
were found dead, and all of them tortured, as bodies bearing marks that are found: the
marks describe the bodies, the handing over is what is told of them. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Тела 14 мужчин со следами пыток переданы родственникам.", "ru"),
        ("The bodies of 14 men bearing marks of torture were handed over to relatives.", "en"),
    ],
)
def test_bodies_bearing_marks_handed_over(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == [
        ("found_dead", "men", 14, None),
        ("tortured", "men", 14, 0),
    ]


def test_near_miss_bodies_handed_over_with_no_marks():
    text = "Тела 14 мужчин переданы родственникам."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("found_dead", "men", 14, None)
    ]
