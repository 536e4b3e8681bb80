"""Russian «заселены» (settled into a shelter), as «размещены»: residents or families put up
in a temporary accommodation centre or a hostel are displaced. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В пункты временного размещения заселены 615 человек.", ("displaced", "all", 615)),
        ("В общежитие колледжа заселили 38 семей.", ("displaced", "families", 38)),
    ],
)
def test_settled_into_a_shelter_are_displaced(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_prisoners_settled_elsewhere_are_not_displaced():
    """Near miss: convicts moved into a new block are no displaced persons (what they are,
    the held, is read by their noun, as with «размещены»)."""
    claims = claim_fields("В новый корпус колонии заселены 120 осуждённых.", "ru", FIELDS)
    assert ("displaced", "all", 120) not in claims
