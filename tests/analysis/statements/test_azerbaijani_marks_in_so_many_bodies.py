"""Azerbaijani has no article: marks found "in 14 bodies" ("14 cəsəddə") after a count of
bodies found are marks on 14 of those bodies, a part of the found dead as the count now
stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_marks_in_so_many_bodies():
    text = "Quyudan 40 nəfərin qalıqları çıxarılıb. 14 cəsəddə işgəncə izləri aşkar edilib."
    assert _read(text) == [("found_dead", 40, None), ("tortured", 14, 0)]


def test_of_the_count_as_it_stands_not_an_earlier_one():
    text = (
        "Quyudan indiyədək 40 nəfərin qalıqları çıxarılıb. Ötən həftə bu rəqəm 25 idi. "
        "14 cəsəddə işgəncə izləri aşkar edilib."
    )
    assert ("tortured", 14, 0) in _read(text)


def test_near_miss_marks_on_the_living():
    text = "Quyudan 40 nəfərin qalıqları çıxarılıb. Saxlanılan 14 nəfərdə işgəncə izləri var."
    assert ("tortured", 14, 0) not in _read(text)
