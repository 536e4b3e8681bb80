"""After a count of the held and a part of it said to remain held, those released ("51 were
detained; 9 are still held and 42 were let go") are another part of the held, not of
those who remain, if both parts fit in the whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_the_released_beside_those_who_remain_held():
    text = "Police arrested 40 drivers; 10 remain in custody and 30 have been released."
    assert _read(text) == [
        ("detained", "drivers", 40, "exact", None),
        ("detained", "drivers", 10, "exact", 0),
        ("released", "drivers", 30, "exact", 0),
    ]


def test_near_miss_more_released_than_fit_in_the_whole():
    text = "Police arrested 40 drivers; 10 remain in custody and 35 have been released."
    assert _read(text)[2][4] is None
