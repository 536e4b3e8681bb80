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


@pytest.mark.parametrize(
    "text",
    [
        "No one arrested during the strike has been sentenced.",
        "None of the detainees had been charged by Friday.",
        "I should note that nobody held at the border post has yet been tried.",
    ],
)
def test_none_named_by_a_participle_or_a_noun_of_the_held_with_no_act_is_no_figure(text):
    # The act is only in the subject; what is denied (charged, tried) is nothing of ours.
    assert claim_fields(text, "en", FIELDS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was arrested during the strike.", [("detained", 0)]),
        ("None of the detainees has been released.", [("released", 0)]),
        ("No arrests were recorded during the strike.", [("detained", 0)]),
        (
            "Eight people died in the blast; none of the dead were soldiers.",
            [("killed", 8), ("killed", 0)],
        ),
    ],
)
def test_near_miss_a_none_of_the_act_itself_stays(text, expected):
    assert claim_fields(text, "en", FIELDS) == expected
