"""«дети 4 и 11 лет», «двое подростков, пятнадцати и шестнадцати лет»: numbers joined before
«лет» or «года» all share that noun, so each is an age, not a count of persons. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "При пожаре погибли шесть человек, из них двое детей 4 и 11 лет.",
        "При пожаре погибли шесть человек, из них 2 — дети 4 и 11 лет.",
        "При пожаре погибли шесть человек, из них двое детей, четырёх и одиннадцати лет.",
    ],
)
def test_ages_joined_before_years_count_no_one(text):
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 6, None),
        ("killed", "children", 2, 0),
    ]


def test_three_ages_in_a_list():
    text = "В больницу доставлены трое подростков 14, 15 и 17 лет."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "children", 3, None)]


def test_counts_joined_without_years_still_count():
    # Near miss: numbers joined before a noun of persons are counts.
    text = "В двух посёлках ранены 5 и 9 человек соответственно."
    assert [f[2] for f in claim_fields(text, "ru", FIELDS)] == [5, 9]


def test_a_count_before_a_later_span_of_years_still_counts():
    # Near miss: «пятеро» is joined to no number; the years after are another clause's.
    text = "Задержаны пятеро, и 9 лет спустя их дело так и не рассмотрено."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 5, None)]
