"""An Azerbaijani count word after a participle in the genitive plural ("kamerada
saxlananların sayı 140", the number of those kept in the cell) counts the persons the
participle names; it restates no figure given before it and takes no act from it. A count word
after a participle of an act counts that act. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_persons_placed_in_a_cell_are_not_the_dead_before():
    text = "Ötən il burada 5 məhbus vəfat edib. Təkadamlıq kamerada saxlananların sayı 140 olub."
    assert _read(text) == [("killed", 5)]


def test_near_miss_a_participle_of_an_act_counts_that_act():
    text = "Ötən il burada 5 məhbus vəfat edib. Yaralananların sayı 14 olub."
    assert _read(text) == [("killed", 5), ("injured", 14)]
