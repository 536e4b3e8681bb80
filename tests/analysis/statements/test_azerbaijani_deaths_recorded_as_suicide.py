"""Azerbaijani: deaths recorded as suicides ("intihar kimi qeydə alınıb") are deaths, as
"intihar edib" is; of the dead counted before, a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_a_part_of_the_dead_recorded_as_suicide():
    text = "İstintaq təcridxanasında 11 nəfər ölüb; onlardan 3-ü intihar kimi qeydə alınıb."
    assert _read(text) == [("killed", 11, None), ("killed", 3, 0)]


def test_held_to_be_suicide():
    text = "Ötən il düşərgədə 9 nəfər ölüb, bunlardan 2-si intihar hesab edilib."
    assert _read(text) == [("killed", 9, None), ("killed", 2, 0)]


def test_near_miss_an_attempt_recorded():
    text = "Ötən il düşərgədə 9 nəfər ölüb. 2 intihar cəhdi qeydə alınıb."
    assert _read(text) == [("killed", 9, None)]
