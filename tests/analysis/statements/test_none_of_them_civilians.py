"""A zero of civilians said of a toll: "none of them was a civilian", "none of the dead were
civilians", "no civilians were among the dead" say the whole held no civilians: a zero of
civilians counted by its predicate, a claim of its own beside the toll (``zeros_of_a_group``).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", FIELDS)


def test_none_of_them_was_a_civilian():
    text = "The ministry said that nine persons were killed in the clash and that none of them was a civilian."
    assert _read(text) == [("killed", "all", 9, None), ("killed", "civilians", 0, None)]


def test_none_of_the_dead_were_civilians():
    text = "Fourteen people died in the shelling of the depot; none of the dead were civilians."
    assert _read(text) == [("killed", "all", 14, None), ("killed", "civilians", 0, None)]


def test_no_civilians_among_the_dead():
    text = "Six people were shot dead at the checkpoint. No civilians were among the dead."
    assert _read(text) == [("killed", "all", 6, None), ("killed", "civilians", 0, None)]


def test_near_miss_none_of_them_was_charged():
    # A predicate that names no group: no zero.
    text = "Police detained 23 people; none of them was charged."
    assert _read(text) == [("detained", "all", 23, None)]


def test_near_miss_none_of_them_a_member():
    text = "Five people were killed; none of them was a member of the council."
    assert _read(text) == [("killed", "all", 5, None)]
