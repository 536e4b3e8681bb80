"""A year the text names ("in 2024") and then sets after "the" as an attribute ("the 2024
dead") counts nothing; the same number with no year named counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count")


def test_the_year_before_a_noun_is_no_count():
    text = (
        "Floods killed 9 people in the Marl valley in 2024; three of the 2024 dead were fishermen."
    )
    assert ("killed", 2024) not in claim_fields(text, "en", _FIELDS)
    assert ("killed", 9) in claim_fields(text, "en", _FIELDS)


def test_the_number_counts_where_no_year_is_named():
    text = "Floods in the Marl valley killed the 2024 villagers of its lower farms."
    assert claim_fields(text, "en", _FIELDS) == [("killed", 2024)]
