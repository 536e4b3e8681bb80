"""Azerbaijani "ilə birlikdə" / "ilə bərabər" (together with) names who went along with the
persons counted; it joins no second count as "ilə" (and) may, so the verb after it is said of
every count coordinated before it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_two_counts_moved_with_their_families():
    text = "600 şagird və 25 müəllim ailələri ilə birlikdə qonşu rayona köçürülüb."
    assert _read(text) == [("displaced", "children", 600), ("displaced", "teachers", 25)]


def test_with_bərabər():
    text = "90 sakin və 12 həkim ailələri ilə bərabər təxliyə edilib."
    assert _read(text) == [("displaced", "all", 90), ("displaced", "medical workers", 12)]


def test_near_miss_the_families_are_not_counted():
    text = "300 sakin ailələri ilə birlikdə köçürülüb."
    assert _read(text) == [("displaced", "all", 300)]
