"""English one more death told on the way to the new toll: "One of the wounded died
overnight, raising the death toll to four" gives the new toll only; the one who died is the
step by which it rose. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", FIELDS)


def test_one_more_death_bringing_the_toll():
    text = "Eleven people were injured. One of them died in hospital on Sunday, bringing the toll to three."
    assert _read(text) == [("injured", 11, None), ("killed", 3, None)]


def test_one_more_death_raising_the_number_of_dead():
    text = "Nine people were injured. One of the wounded died overnight, raising the number of dead to five."
    assert _read(text) == [("injured", 9, None), ("killed", 5, None)]


def test_near_miss_a_death_beside_another_toll():
    # No word of a toll between them: the one who died is a figure of his own.
    text = "Nine people were injured. One of the wounded died overnight; four people were killed in a second attack."
    assert ("killed", 1, 0) in _read(text)


def test_near_miss_a_toll_of_another_fate():
    text = "Nine people were injured. One of the wounded died overnight; the number of injured rose to twelve."
    assert _read(text) == [("injured", 9, None), ("killed", 1, 0), ("injured", 12, None)]
