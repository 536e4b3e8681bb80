"""Azerbaijani "fəal" (an activist) counts persons, everyone as the sets count them, by its
forms: "fəaliyyət" (activity) and "fəallıq" share its stem and count no one. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_activists_detained():
    text = "Polis 5 fəalı saxlayıb."
    assert _read(text) == [("detained", "all", 5)]


def test_near_miss_years_of_activity_are_no_activists():
    text = "Təşkilat 40 il fəaliyyət göstərib, 7 üzvü həbs edilib."
    assert _read(text) == [("detained", "all", 7)]
