"""A count set beside the object of an act, after a comma or a dash ("the patrol arrested all
the men, nineteen of them", «патруль задержал всех мужчин — девятнадцать человек»), counts the
persons the act befell, of the group the object names. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At dawn the patrol arrested all the men, nineteen of them.", "en"),
        ("At dawn the patrol arrested all the men — nineteen people.", "en"),
        ("На рассвете патруль задержал всех мужчин — девятнадцать человек.", "ru"),
        ("На рассвете патруль задержал всех мужчин, девятнадцать человек.", "ru"),
    ],
)  # fmt: skip
def test_the_count_beside_the_object_is_of_the_act(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", "men", 19)]


def test_a_count_beside_things_is_no_count_of_that_act():
    text = "At dawn the patrol searched all the houses, nineteen in the street."
    assert claim_fields(text, "en", FIELDS) == []
