"""Years of birth joined by «и» or commas between commas after a count («Двое мужчин, 1978 и
1983 годов рождения, были похищены») say who the persons are and part the count from its verb
no more than one year does; neighbours a witness counts are persons («забрали шестерых
соседей»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Двое мужчин, 1981 и 1986 годов рождения, были похищены у блокпоста.",
            [("captured", "men", 2)],
        ),
        (
            "Трое мужчин, 1990, 1993 и 1999 г. р., были избиты в отделе.",
            [("tortured", "men", 3)],
        ),
    ],
)
def test_years_of_birth_between_commas_part_nothing(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_joined_numbers_that_are_no_years_still_count():
    # Near miss: two counts joined, no years of birth.
    text = "Ранены 14 и 9 человек в двух сёлах."
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["injured", "injured"]


def test_neighbours_taken_are_persons():
    text = "Сына увели солдаты, с ним забрали ещё пятерых соседей."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 5)]
