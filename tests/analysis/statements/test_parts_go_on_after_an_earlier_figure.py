"""A part said only by its group ("Twelve were soldiers.") after a sentence of parts of a whole
is of that whole, not of a figure told in passing before those parts ("an earlier count gave
50"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_in_the_next_sentence_keeps_the_whole_of_the_parts():
    text = (
        "The inquiry found that 64 people died in the riots. An earlier statement put the "
        "toll at 50.\n\nOf the 64, 40 were civilians. Twelve were soldiers."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "all", 64, None),
        ("killed", "all", 50, None),
        ("killed", "civilians", 40, 0),
        ("killed", "servicemen", 12, 0),
    ]


def test_with_no_parts_before_a_part_is_of_the_latest_whole():
    text = "The inquiry found that 64 people died in the riots. Twelve were soldiers."
    assert claim_fields(text, "en", _FIELDS) == [
        ("killed", "all", 64, None),
        ("killed", "servicemen", 12, 0),
    ]
