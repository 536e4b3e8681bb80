"""A bare number destroyed after things counted in its sentence counts those things, left out
("Of the 9 schools only 5 are open; 3 were destroyed", «из 9 школ работают 5; 3 разрушены»),
not persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the district's 9 schools only 5 are open; 3 were destroyed.", "en"),
        ("Из 9 школ работают только 5; 3 полностью разрушены.", "ru"),
    ],
)
def test_a_bare_number_destroyed_counts_the_things_before_it(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [
        ("property_destroyed", "schools", 3)
    ]


def test_persons_named_after_things_stay_persons():
    text = "Twelve houses were damaged; 3 people were killed."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [("killed", "all", 3)]
