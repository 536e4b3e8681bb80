"""Azerbaijani "yetkinlik yaşına çatmamış" (not of age) with a case ending after a count ("6
yetkinlik yaşına çatmamışı girov götürüb", "çatmamışın") is the noun, children; before a count
the bare participle stays the count's attribute. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silahlılar 20 sakini, o cümlədən 5 qadını və 4 yetkinlik yaşına çatmamışı girov "
            "götürüb.",
            [("captured", "all", 20, None), ("captured", "women", 5, 0),
             ("captured", "children", 4, 0)],
        ),
        (
            "Polis 4 yetkinlik yaşına çatmamışın saxlanıldığını təsdiqləyib.",
            [("detained", "children", 4, None)],
        ),
    ],
)  # fmt: skip
def test_the_minors_are_children(text, expected):
    assert claim_fields(text, "az", FIELDS) == expected


def test_near_miss_the_participle_before_a_count_names_no_group_of_its_own():
    text = "Yetkinlik yaşına çatmamış 2 məhbus döyülüb."
    assert claim_fields(text, "az", ("category", "count")) == [("tortured", 2)]
