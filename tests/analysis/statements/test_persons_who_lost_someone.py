"""A count whose own verb is losing persons ("Fourteen children lost both parents") lost
them: it is no count of the killed, nor of the act its clause names; the persons lost are
counted after the verb ("the village lost 40 residents"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_those_who_lost_relatives_in_an_act():
    assert _read("Twenty-two pupils lost their fathers in the shelling of the market.") == []


def test_persons_lost_are_counted_after_the_verb():
    assert _read("The hamlet lost 31 residents in the shelling.") == [("killed", "all", 31)]


def test_near_miss_lost_their_lives():
    assert _read("Twenty-two pupils lost their lives in the shelling.") == [
        ("killed", "children", 22)
    ]
