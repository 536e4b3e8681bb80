"""Brothers or sons counted are men; named together with sisters or daughters ("our brothers
and sisters", a congregation's way of naming its members) they are men and women, no group.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_brothers_and_sisters_are_all():
    text = "Twelve of our brothers and sisters were killed in the attack."
    assert _read(text) == [("killed", "all", 12, "exact", None)]


def test_sons_and_daughters_are_all():
    text = "Soldiers detained 5 of our sons and daughters at the bridge."
    assert _read(text) == [("detained", "all", 5, "exact", None)]


def test_near_miss_brothers_alone_are_men():
    text = "Twelve of our brothers were killed in the attack."
    assert _read(text) == [("killed", "men", 12, "exact", None)]
