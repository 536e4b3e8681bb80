"""Troops stationed somewhere ("4 000 hərbçi yerləşdirilib") were deployed, not put up as the
displaced are ("4 000 köçkün məktəblərdə yerləşdirilib"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_troops_deployed_are_no_figure():
    assert _read("Sərhəd boyunca 2 500 hərbçi yerləşdirilib.") == []


def test_near_miss_the_displaced_put_up_in_schools():
    assert _read("2 500 köçkün məktəblərdə yerləşdirilib.") == [("displaced", "all", 2500)]
