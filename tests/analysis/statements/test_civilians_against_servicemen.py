"""Civilians are a group of their own only where a figure is split into its civilians and
its servicemen; counts merely joined keep civilians as everyone. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Пропавшими без вести числятся 900 человек, из них 500 мирных жителей и 400 "
            "военнослужащих.",
            "ru",
        ),
        (
            "900 nəfər itkin düşmüş kimi qeydiyyatdadır, onlardan 500-ü mülki şəxs, 400-ü hərbi "
            "qulluqçudur.",
            "az",
        ),
    ],
)
def test_a_figure_split_into_civilians_and_servicemen(text, language):
    assert figures(text, language) == [
        ("missing", "all", 900, None),
        ("missing", "civilians", 500, 0),
        ("missing", "servicemen", 400, 0),
    ]


def test_civilians_merely_joined_to_servicemen_are_everyone():
    text = "Из плена вернулись семеро военнослужащих и двое мирных жителей."
    assert figures(text, "ru") == [
        ("released", "servicemen", 7, None),
        ("released", "all", 2, None),
    ]


def test_civilians_with_no_servicemen_beside_them_are_everyone():
    text = "Пропавшими без вести числятся 900 человек, из них 500 мирных жителей."
    assert figures(text, "ru") == [("missing", "all", 900, None), ("missing", "all", 500, 0)]
