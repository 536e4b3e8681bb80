""" "64 detainees, 15 of them sick or wounded": a word of a state joined by "or"/"and" to an
act, right after a part with no verb, leaves the act as the part's own (the part took its
whole's act). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_sick_or_wounded():
    text = "The convoy brought back 48 prisoners of war, 11 of them sick or wounded."
    assert ("injured", 11, 0) in _read(text)


def test_exhausted_and_injured():
    text = "Rescuers reached 70 hikers on Sunday, 9 of them exhausted and injured."
    assert _read(text) == [("injured", 9, None)]  # the hikers themselves befell nothing


def test_near_miss_a_state_alone():
    text = "The convoy brought back 48 prisoners of war, 11 of them sick."
    assert all(category != "injured" for category, _, _ in _read(text))
