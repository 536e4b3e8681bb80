"""Azerbaijani "yetkinlik yaşına çatmayıb" (has not come of age) said of a part names
children, as "çatmamışdı" and "çatmayanlardır" do. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_part_not_of_age() -> None:
    text = "Polis 16 nəfəri saxlayıb, onlardan beşi yetkinlik yaşına çatmayıb."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("detained", "all", 16, None),
        ("detained", "children", 5, 0),
    ]


def test_near_miss_of_age() -> None:
    text = "Polis 16 nəfəri saxlayıb, onların hamısı yetkinlik yaşına çatıb."
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [("detained", "all", 16)]
