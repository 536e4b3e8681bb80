"""Persons trapped where the sentence names ruins are missing ("searching the debris of the
collapsed school, where up to 6 children may be trapped"); "may be" guesses at a state now and
is no prospect, as "will be" is. Persons trapped in a besieged town are not missing. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_trapped_in_ruins_may_be():
    text = (
        "Crews are digging through the debris of the school, where up to 6 pupils may be trapped."
    )
    assert ("missing", "children", 6, "at_most") in _read(text)


def test_trapped_when_a_building_collapsed():
    assert _read("About 15 workers were trapped when the factory roof collapsed.") == [
        ("missing", "all", 15, "about")
    ]


def test_trapped_in_a_besieged_town_is_not_missing():
    assert _read("Some 4,000 civilians are trapped in the besieged town.") == []


def test_will_be_is_still_a_prospect():
    assert _read("Up to 30 detainees will be released tomorrow.") == []
