"""Cases a court hears are proceedings, not cases of the act counted before: after "Police
arrested 80 people", "the district court has so far heard 52 cases" counts no arrests. Cases
that monitors or a commission count, with no court in their clause, stay cases of that act,
and a court named after the count changes nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_cases_a_court_heard_count_no_act():
    text = "Police arrested 80 people on Friday. The district court has so far heard 52 cases."
    assert counts(text) == [("detained", 80)]
    text = "Police arrested 80 people on Friday. Judges have reviewed 52 cases since then."
    assert counts(text) == [("detained", 80)]


def test_near_miss_cases_counted_by_others_stay_cases_of_the_act():
    text = "Police arrested 80 people on Friday. The Commission has examined 52 cases."
    assert counts(text) == [("detained", 80), ("detained", 52)]
    text = "Police arrested 80 people on Friday. Monitors recorded 52 further cases, which courts will hear."
    assert ("detained", 52) in counts(text)
