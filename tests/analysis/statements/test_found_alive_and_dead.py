""" "N were found alive and M dead" says the verb once for both: the dead were found dead. A
toll of the killed beside persons found alive stays killed. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_the_dead_found_with_the_living_are_found_dead():
    text = "Of the hikers reported lost, 17 were located alive and 3 dead."
    assert ("found_dead", 3) in _read(text)


def test_the_killed_beside_the_found_alive_stay_killed():
    assert _read("Four were killed and 12 found alive.") == [("killed", 4)]
