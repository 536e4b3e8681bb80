"""Persons admitted to a pre-trial detention centre ("istintaq təcridxanasına 40 nəfər qəbul
olunub", "təcridxanalara qəbul edilib") were detained; persons admitted to a university or
a hospital were not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_admitted_to_pre_trial_detention():
    text = (
        "Rüb ərzində istintaq təcridxanalarına 520 nəfər qəbul edilib. Onlardan 48-i "
        "sonradan azad edilib."
    )
    assert _read(text) == [("detained", "all", 520, None), ("released", "all", 48, 0)]


def test_near_miss_admitted_to_a_university():
    assert _read("Bu il universitetə 400 tələbə qəbul edilib.") == []
