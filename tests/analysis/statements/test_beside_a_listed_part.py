"""After a part whose own parts are listed ("19 were civilians, including six children"), a
count joined by ", and" with a predicate of its own ("and 15 were soldiers") is beside that
part, a part of the same whole, not among the listed parts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_soldiers_beside_the_civilians():
    text = (
        "At least 41 people died in the strike. Of the dead, 26 were civilians, including "
        "nine children and five women, and 15 were soldiers."
    )
    assert _read(text) == [
        ("killed", "all", 41, None),
        ("killed", "civilians", 26, 0),
        ("killed", "children", 9, 1),
        ("killed", "women", 5, 1),
        ("killed", "servicemen", 15, 0),
    ]


def test_police_officers_beside_the_civilians():
    text = (
        "The attack killed 23 people. Of the dead, 14 were civilians, including three "
        "children, and nine were police officers."
    )
    assert _read(text) == [
        ("killed", "all", 23, None),
        ("killed", "civilians", 14, 0),
        ("killed", "children", 3, 1),
        ("killed", "police officers", 9, 0),
    ]


def test_near_miss_a_listed_item_without_a_predicate_stays_listed():
    text = (
        "At least 41 people died in the strike. Of the dead, 26 were civilians, including "
        "nine children and five women."
    )
    assert _read(text)[-1] == ("killed", "women", 5, 1)
