"""Azerbaijani timelines tell in the present: "900 sakin qonşu kəndə qaçır" (900 residents flee
to the next village) is displacement, as "qaçıb" is. Only the bare form: "qaçırıb",
"qaçırdılar" are also to kidnap, and stay so. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_residents_flee_in_the_present():
    text = "3 mart — Atışmadan sonra 700-ə yaxın sakin dağ kəndlərinə qaçır."
    assert _read(text) == [("displaced", "all", 700, "about")]


def test_families_flee_in_the_present_plural():
    text = "4 mart — Kəndin 250 sakini meşəyə qaçırlar."
    assert _read(text) == [("displaced", "all", 250, "exact")]


def test_near_miss_kidnapped_in_the_perfect():
    text = "Silahlı dəstə 4 qızı qaçırıb."
    assert [c[0] for c in _read(text)] == ["captured"]
