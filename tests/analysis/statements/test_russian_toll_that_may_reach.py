"""«Число погибших может достигать 40»: what a toll may reach bounds it from above (at most);
a toll that reached a number («достигло 40») is that number. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("По мнению врачей, число погибших в колонии может достигать 40.", "killed", 40),
        ("Правозащитники считают, что число раненых могло достичь шестидесяти.", "injured", 60),
        ("Число задержанных, по словам адвокатов, может достигнуть 500 человек.", "detained", 500),
    ],
)
def test_what_a_toll_may_reach_is_at_most(text, category, count):
    assert claim_fields(text, "ru", FIELDS) == [(category, count, "at_most")]


def test_a_toll_that_reached_a_number_is_that_number():
    text = "К вечеру число погибших в колонии достигло 40."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 40, "exact")]
