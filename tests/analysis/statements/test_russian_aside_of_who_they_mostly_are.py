"""Russian: an aside between commas that says who the persons counted mostly are («, в
основном женщины и дети,», «, преимущественно пожилые люди,») is stepped over to the verb
after it, as English ", mostly men and boys," is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Тридцать два человека, в основном женщины и дети, были эвакуированы в Заозёрск.",
            ("displaced", "all", 32),
        ),
        (
            "Девятнадцать человек, преимущественно пожилые жители посёлка, погибли.",
            ("killed", "all", 19),
        ),
        (
            "Около 60 человек, главным образом студенты, задержаны у здания суда.",
            ("detained", "all", 60),
        ),
    ],
)
def test_the_verb_after_the_description_is_theirs(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_a_long_description_with_no_such_word_stays_unread():
    """Near miss: a long apposition that does not open with «в основном» or its like is not
    stepped over (as before): the count takes no verb past it."""
    text = (
        "Тридцать два человека, женщины и дети из семей местных рыбаков и охотников, эвакуированы."
    )
    assert claim_fields(text, "ru", FIELDS) == []


def test_the_described_who_stay_are_no_figure():
    """Near miss: past the aside, a verb of staying in a place is no act."""
    text = "Тридцать два человека, в основном женщины и дети, остаются в посёлке."
    assert claim_fields(text, "ru", FIELDS) == []
