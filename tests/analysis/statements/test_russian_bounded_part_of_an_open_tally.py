"""«От 10 до 12 задержанных скончались», «около 30 задержанных подверглись пыткам» after «не
менее 500 задержаны»: a range or a round count of persons named by their earlier fate is
bounded, and a part of the open tally of that fate; two lower bounds stay two tallies.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "parent")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("За осень в области задержаны не менее 500 человек. От 10 до 12 задержанных скончались "
         "в изоляторах.", ("killed", None, 10, 12, 0)),
        ("Силовики задержали не менее 260 жителей. Около 30 задержанных подверглись пыткам.",
         ("tortured", 30, None, None, 0)),
    ],
)  # fmt: skip
def test_a_bounded_count_is_a_part_of_the_open_tally(text, part):
    assert claim_fields(text, "ru", FIELDS)[1] == part


def test_near_miss_two_lower_bounds_stay_apart():
    text = "Задержаны не менее 500 человек. Не менее 30 задержанных подверглись пыткам."
    assert claim_fields(text, "ru", FIELDS)[1] == ("tortured", 30, None, None, None)
