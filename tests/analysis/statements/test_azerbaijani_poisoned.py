"""Azerbaijani "zəhərlənib" (poisoned, by smoke or gas) is harm done by the event, an
injury, as Russian «отравлены» is; the converb "zəhərlənərək" (of poisoning) before a verb of
death is the cause, and the death is the fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_poisoned_by_smoke():
    text = "Yataqxanada baş verən yanğında 7 tələbə tüstüdən zəhərlənib."
    assert _read(text)[0][0::2] == ("injured", 7)


def test_near_miss_died_of_poisoning():
    text = "Zirzəmidə gizlənən 3 nəfər dəm qazından zəhərlənərək ölüb."
    assert _read(text) == [("killed", "all", 3)]
