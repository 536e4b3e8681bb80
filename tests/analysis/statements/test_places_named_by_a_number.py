"""A place of custody or shelter named with a number after its capitalised noun ("Colony 9",
"Camp 12") is named, not counted: "three inmates died in Colony 9 last winter" counts three
deaths, not nine. In lower case the noun may stand before a count ("in the camp 40 people
died"), and a number with its own noun of persons counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_a_number_naming_a_place_is_no_count():
    assert counts("At least three inmates died in Colony 9 last winter.") == [("killed", 3)]
    assert counts("Two detainees were beaten at Station 12 overnight.") == [("tortured", 2)]


def test_near_miss_a_count_after_a_place_in_lower_case():
    assert counts("In the camp 40 people died of cold.") == [("killed", 40)]
