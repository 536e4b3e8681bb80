"""Azerbaijani "hal" in the dative is the state something came into ("12 ev yararsız hala
düşüb", twelve houses became unusable), not the cases a number counts: such a count takes no
fate from the figure before it, while a count of cases ("238 hal") still does. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_things_come_into_a_state_take_no_fate_of_persons():
    text = "Zərbə nəticəsində 3 nəfər həlak olub. Məhəllədə 15 ev yaşayış üçün yararsız hala düşüb."
    # The houses made unfit for use are destroyed things (``lexicon.az_acts``), no persons.
    assert _read(text) == [("killed", 3), ("property_destroyed", 15)]


def test_near_miss_cases_take_the_fate_before_them():
    text = (
        "Hakimiyyət itkin düşənlərin sayını 90 göstərir, hüquq müdafiəçiləri isə 238 hal "
        "sənədləşdirib."
    )
    assert _read(text) == [("missing", 90), ("missing", 238)]
