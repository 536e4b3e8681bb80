""" "bir neçəsi" (several of them) is a vague part of the persons counted before, as "bir
neçə" is a vague count; it is not the number one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier", "parent"))


def test_several_of_them_beaten():
    text = "Polis aksiyada 40 nəfəri saxlayıb, onlardan bir neçəsi döyülüb."
    assert _read(text) == [("detained", 40, "exact", None), ("tortured", None, "vague", 0)]


def test_near_miss_one_of_them_is_one():
    text = "Polis aksiyada 40 nəfəri saxlayıb, onlardan biri döyülüb."
    assert _read(text)[-1] == ("tortured", 1, "exact", 0)
