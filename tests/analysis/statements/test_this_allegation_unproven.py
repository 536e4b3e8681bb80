"""An allegation a court names as "this allegation" and finds unproven is no figure; one
it finds proven stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_an_allegation_not_proven_is_dropped():
    text = (
        "The Prosecutor alleged that another 30 villagers were executed near the dam. The "
        "Tribunal is not satisfied that this allegation has been proven."
    )
    assert _read(text) == []


def test_an_allegation_found_proven_stands():
    text = (
        "The Prosecutor alleged that another 30 villagers were executed near the dam. The "
        "Tribunal finds this allegation proven."
    )
    assert _read(text) == [("killed", 30)]
