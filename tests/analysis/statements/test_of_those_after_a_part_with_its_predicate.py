"""English "two of those had broken ribs" after a part ("at least 6 of them had been beaten;"):
"of those" points to the part counted last in its sentence, even where the count's own
predicate opens with an auxiliary that starts an act ("had broken ribs", "were women"), and
even before the count's own whole is found. "Of those arrested" names whom by its participle
and is left to the other rules. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_injured_of_those_beaten_after_a_report_verb():
    text = (
        "Guards held 30 prisoners in the yard. Doctors found that at least 9 of them had "
        "been beaten with batons; four of those had broken ribs."
    )
    assert _read(text) == [
        ("detained", "all", 30, None),
        ("tortured", "all", 9, 0),
        ("injured", "all", 4, 1),
    ]


def test_near_miss_of_those_named_by_a_participle():
    text = "Police detained 40 men; 12 of them were beaten, and 5 of those arrested were children."
    assert _read(text)[2] == ("detained", "children", 5, 0)
