""" "None" of a group named by what befell it ("none of the wounded", «никто из пострадавших»)
with a predicate that is no act ("has been paid", «не получил пособия») says nothing of that
fate: no zero. With an act of its own it is a zero of that act. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three months on, none of the wounded has been paid any allowance.", "en"),
        ("Спустя три месяца никто из пострадавших так и не получил пособия.", "ru"),
    ],
)
def test_none_of_the_group_with_no_act_is_no_figure(text, language):
    assert claim_fields(text, language, FIELDS) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Three months on, none of the wounded had died.", "en", [("killed", 0)]),
        ("Спустя три месяца никто из раненых не умер.", "ru", [("killed", 0)]),
        ("Никто из задержанных при разгоне не пострадал.", "ru", [("injured", 0)]),
    ],
)
def test_none_of_the_group_with_an_act_is_a_zero_of_it(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected
