"""Azerbaijani: counted deaths or acts said to have happened ("onlardan 3-ü isə intihar
nəticəsində baş verib", three of them happened by suicide) are parts of the whole they are
taken of: "baş vermək" (to happen) is what "to be" is to persons, no verb of the part's own.
Another verb with "vermək" ("ifadə verib", gave evidence) still is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_parts_of_deaths_by_their_cause():
    text = (
        "Həbsxanalarda 9 ölüm halı qeydə alınıb. Onlardan 6-sı ürək çatışmazlığından, "
        "3-ü isə intihar nəticəsində baş verib."
    )
    assert _read(text) == [("killed", 9, None), ("killed", 6, 0), ("killed", 3, 0)]


def test_near_miss_a_part_with_a_verb_of_its_own():
    text = "Ötən həftə 20 nəfər saxlanılıb, onlardan 5-i məhkəməyə ifadə verib."
    assert _read(text) == [("detained", 20, None)]
