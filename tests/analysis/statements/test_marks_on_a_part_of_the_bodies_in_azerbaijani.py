""" "19 cəsəddən 17-sində işgəncə izləri aşkar edilib": the marks of torture are of the part
counted between the bodies and the marks, not of all the bodies. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_marks_on_a_part_of_the_bodies():
    text = "Ailələrə təhvil verilən 23 cəsəddən 15-ində işgəncə izləri aşkarlanıb."
    assert _read(text) == [("found_dead", 23, None), ("tortured", 15, 0)]


def test_near_miss_marks_on_all_the_bodies():
    text = "Kənddə işgəncə izləri olan 23 cəsəd tapılıb."
    assert ("found_dead", 23, None) in _read(text)
