"""A count right after "casualties" with a copula or "now" between, whose own act follows it
("Casualties now 8 dead and 31 injured", "The casualties are 8 dead"), counts that act, as it
does after a colon ("Casualties: 45 dead"); a bare count there is the joint total, no figure.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_a_count_with_its_act_after_casualties_now():
    text = "UPDATE — Casualties now 7 dead and 26 injured."
    assert claim_fields(text, "en", FIELDS) == [("killed", 7), ("injured", 26)]


def test_a_count_with_its_act_after_casualties_are():
    text = "The casualties are 4 dead and 19 wounded, the mayor said."
    assert claim_fields(text, "en", FIELDS) == [("killed", 4), ("injured", 19)]


def test_near_miss_a_bare_count_of_casualties_is_no_figure():
    assert claim_fields("Casualties now number 45.", "en", FIELDS) == []
