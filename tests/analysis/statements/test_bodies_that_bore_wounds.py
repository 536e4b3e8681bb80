""" "N of the bodies bore gunshot wounds", after the found dead, tells how they died: no count of
the hurt. What else is said of so many of the bodies (whose they were) stays a part.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_wounds_on_bodies_found_are_no_figure():
    text = "Investigators exhumed 22 bodies near the dam. Eleven of the bodies bore stab wounds."
    assert _read(text) == [("found_dead", 22, None)]


def test_who_the_bodies_were_stays_a_part():
    text = "Investigators exhumed 22 bodies near the dam. Eleven of the bodies were those of women."
    assert _read(text) == [("found_dead", 22, None), ("found_dead", 11, 0)]
