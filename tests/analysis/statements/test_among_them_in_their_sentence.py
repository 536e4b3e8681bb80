""" ", among them four minors" after a clause whose subject is a count ("The other 14 remain in
prison, among them three minors") is a part of that count, with its fate, not of a figure of an
earlier sentence; a part too large for it is not moved to it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


_BEFORE = "Police detained 70 students in Tarn. In May, 45 of them were released on bail. "


def test_among_them_is_of_the_count_of_its_sentence():
    text = _BEFORE + "The remaining 25 are still in jail, among them three minors."
    assert _read(text)[2:] == [("detained", "students", 25, 0), ("detained", "children", 3, 2)]


def test_a_part_too_large_for_the_count_of_its_sentence_is_not_moved_to_it():
    text = _BEFORE + "The remaining 25 are still in jail, among them 30 minors."
    assert _read(text)[3][3] != 2
