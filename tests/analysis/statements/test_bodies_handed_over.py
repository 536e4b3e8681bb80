"""Bodies or remains handed over, given back or repatriated were found: "the bodies of six
soldiers were handed over to the Red Cross" counts six found dead, of the soldiers' group. The
verbs keep their own sense for living persons: "prisoners handed over" are released, "refugees
repatriated" are not found dead. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def counts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_bodies_handed_over_were_found():
    text = "On Monday the bodies of six soldiers were handed over to the Red Cross."
    assert counts(text) == [("found_dead", "servicemen", 6)]


def test_remains_repatriated_were_found():
    text = "Last month the remains of 19 people were repatriated from the island."
    assert counts(text) == [("found_dead", "all", 19)]


def test_near_miss_living_persons_handed_over_or_repatriated():
    assert counts("In the exchange, 40 prisoners were handed over to the other side.") == [
        ("released", "all", 40)
    ]
    assert ("found_dead", "all", 300) not in counts("In May 300 refugees were repatriated.")
