"""Azerbaijani "ikisini də dəyişdilər" (they exchanged both): the plain verb "dəyiş-" with the
sides as its plural agents exchanges persons held, a release; its part of children counts
children. "Vəziyyət dəyişib" (it changed) has a thing for its subject, in the singular.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_both_exchanged_later():
    text = (
        "Onlar gecə atamı və iki yeniyetmə qardaşımı apardılar. "
        "Qardaşlarımın ikisini də bir həftə sonra dəyişdilər."
    )
    assert _read(text) == [("captured", "children", 2, None), ("released", "children", 2, 0)]


def test_near_miss_a_situation_changed():
    text = "Onlar 9 nəfəri apardılar. Sonra vəziyyət dəyişdi."
    assert _read(text) == [("captured", "all", 9, None)]
