"""Azerbaijani "onlardan üçünü aparıblar": a part counted by the possessive ending alone takes
the act of its own verb, said of persons, not the act of its whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_taken_away_after_a_whole_beaten():
    text = "Silahlılar səkkiz kişini döyüb və onlardan ikisini aparıblar."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 8, None), ("captured", 2, 0)]


def test_a_part_beaten_after_a_whole_held():
    text = "Polis 40 nəfəri saxlayıb, onlardan 6-nı döyüblər."
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, None), ("tortured", 6, 0)]


def test_a_part_with_no_act_keeps_the_whole_s():
    # Near miss: "qadındır" names no act; the part is of the whole's fate.
    text = "Silahlılar səkkiz nəfəri aparıb, onlardan ikisi qadındır."
    assert claim_fields(text, "az", FIELDS)[1] == ("captured", 2, 0)
