"""A part whose first predicate names no act and whose second, joined by "and", tells what was
done to them ("Three of them were limping and told the doctor that they had been beaten")
counts those who tell of it. A first predicate that names an act keeps the part, and the
telling after it tells of others. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_a_part_that_tells_after_and_was_harmed():
    text = (
        "Police held 40 men at the station. Three of them were limping and told "
        "the doctor that they had been beaten by guards."
    )
    assert figures(text) == [("detained", 40, None), ("tortured", 3, 0)]


def test_near_miss_a_first_predicate_of_an_act_keeps_the_part():
    text = (
        "Police held 40 men at the station. Three of them were released and told "
        "the doctor that others had been beaten by guards."
    )
    assert figures(text) == [("detained", 40, None), ("released", 3, 0)]
