"""Azerbaijani "on dördü də" (all fourteen of them): a part as many as its whole, with "da/də",
is the whole again and of its group; a part that counts fewer is of its whole's group too
(``parts_keep_their_group``). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_all_of_the_minors_released():
    text = (
        "Nazirlik 14 yetkinlik yaşına çatmamışın saxlanıldığını təsdiqləyib; "
        "on dördü də səhəri gün valideynlərinə təhvil verilib."
    )
    assert _read(text) == [("detained", "children", 14, None), ("released", "children", 14, 0)]


def test_all_of_the_women_released():
    text = "Polis 5 qadını saxlayıb, beşi də axşam azad edilib."
    assert _read(text) == [("detained", "women", 5, None), ("released", "women", 5, 0)]


def test_a_part_of_fewer_keeps_the_group_too():
    text = "Polis 20 qadını saxlayıb, onlardan 5-i azad edilib."
    assert _read(text) == [("detained", "women", 20, None), ("released", "women", 5, 0)]
