"""The count a list or tally had at an earlier moment, in a sentence of its own after the
figure ("When we began … it had …", "At the last visit the monitors counted …"), or in a
parenthesis after it ("(2,900 a week ago)"): a figure of the same act and group, with no
parent. A place's people at another time are not read so. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("A year ago the list stood at 901.", 901),
        ("When we began in 2010 it had 1,015.", 1015),
    ],
)
def test_a_register_at_an_earlier_moment(later, count):
    text = f"Our register of the disappeared now holds 812 names. {later}"
    assert claim_fields(text, "en", _FIELDS) == [
        ("disappeared", "all", 812, None),
        ("disappeared", "all", count, None),
    ]


def test_a_headcount_at_the_previous_visit():
    text = "The jail held 640 detainees. At the previous visit the monitors counted 590."
    assert claim_fields(text, "en", _FIELDS) == [
        ("detained", "all", 640, None),
        ("detained", "all", 590, None),
    ]


def test_an_earlier_moment_in_a_parenthesis_after_the_figure():
    text = "In total 3,400 refugees have arrived (2,900 a week ago)."
    assert claim_fields(text, "en", _FIELDS) == [
        ("displaced", "all", 3400, None),
        ("displaced", "all", 2900, None),
    ]


def test_near_miss_a_place_and_its_people_at_an_earlier_moment():
    text = "Some 1,200 people fled the valley. Before the war the valley had 3,000."
    assert claim_fields(text, "en", ("category", "count")) == [("displaced", 1200)]


def test_near_miss_a_part_in_a_parenthesis_is_no_earlier_moment():
    text = "Some 3,400 refugees arrived, 600 of them children (200 unaccompanied)."
    assert not any(n == 200 for _c, _s, n, _p in claim_fields(text, "en", _FIELDS))
