"""A Russian number said to be estimated («оценивается в 54 тысячи») is about that number;
a number the toll simply is («составляет») stays exact. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Число беженцев из района оценивается в 54 тысячи человек.",
        "Число беженцев из района было оценено в 54 тысячи человек.",
    ],
)
def test_an_estimated_number_is_about(text):
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 54000, "about")]


def test_near_miss_a_number_the_toll_is():
    text = "Число беженцев из района составляет 54 тысячи человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 54000, "exact")]
