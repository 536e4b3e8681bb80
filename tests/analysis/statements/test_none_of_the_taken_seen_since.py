"""English "None of those men has been seen since", said of persons taken, is no zero: every one
of them has been missing since the taking, so the whole has disappeared. A "none" of another
verb ("None of them was hurt") is the zero it says, and persons not taken stay as they were.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_none_of_the_taken_seen_since_makes_them_disappeared():
    text = "Gunmen abducted 7 teachers from the school. None of them has been seen since."
    assert _read(text) == [("disappeared", "teachers", 7, None)]


def test_none_of_the_detained_seen_again():
    text = "Police detained 11 students. None of the students was ever seen again."
    assert _read(text) == [("disappeared", "students", 11, None)]


def test_near_miss_a_none_of_another_verb_is_a_zero():
    text = "Police detained 11 students. None of them was hurt."
    assert _read(text) == [("detained", "students", 11, None), ("injured", "students", 0, 0)]


def test_near_miss_persons_not_taken_stay_as_they_were():
    text = "35 villagers were evacuated by bus. None of them has been seen since."
    assert [c[0] for c in _read(text)] == ["displaced"]
