"""A part "among those still sought" is of the persons reported missing, as one "among those
still missing" is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_among_those_still_sought_is_of_the_missing():
    text = (
        "Tracing teams hold files on 540 people reported missing. Among those still sought "
        "are 41 children."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("missing", "all", 540, None),
        ("missing", "children", 41, 0),
    ]
