""" "The dead included …": a subject that names persons by their fate makes the parts after
"included" parts of the latest figure of that fate, not of the latest figure. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
_RAID = "Shelling killed 9 people and wounded 31 in the port on Monday. "


def test_the_dead_included_names_the_killed_as_the_whole():
    text = _RAID + "Officials said the dead included two teachers."
    assert claim_fields(text, "en", FIELDS)[2] == ("killed", "teachers", 2, 0)


def test_those_wounded_included_names_the_injured():
    text = _RAID + "Those wounded included four nurses."
    assert claim_fields(text, "en", FIELDS)[2] == ("injured", "medical workers", 4, 1)


def test_casualties_included_is_no_fate_of_the_part():
    # Near miss: casualties are the dead and the hurt together, no fate of their own.
    text = "The casualties included 30 children: 12 killed and 18 injured."
    assert [c[0] for c in claim_fields(text, "en", FIELDS)] == ["killed", "injured"]
