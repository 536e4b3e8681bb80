"""«Из них опознаны лишь четыре»: a Russian part whose predicate stands before it, with a
particle of focus («лишь», «только») between, is still a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_identified_only_few_of_them():
    text = "На свалке обнаружены девять тел, из них опознаны только три."
    assert _read(text) == [("found_dead", "all", 9, None), ("identified", "all", 3, 0)]


def test_near_miss_no_marker_no_part():
    text = "На свалке обнаружены девять тел. В другом районе опознаны только три человека."
    assert _read(text)[1][3] is None
