"""An Azerbaijani part said with a qualifier that carries the part's possessive, after a whole
in the ablative ("1 275 nəfərdən 150-yə yaxını": close to 150 of them) is a part of it; a
count that went "12-dən 41-ə" (from 12 to 41) stays no part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Əsir götürülən 1 275 nəfərdən 150-yə yaxını itkin düşüb.",
            ("missing", "all", 150, "about", 0),
        ),
        (
            "Saxlanılan 300 nəfərdən 40-a qədəri azad edilib.",
            ("released", "all", 40, "at_most", 0),
        ),
    ],
)
def test_a_part_close_to_a_number_of_an_ablative_whole(text, part):
    fields = ("category", "subgroup", "count", "qualifier", "parent")
    assert claim_fields(text, "az", fields)[1] == part


def test_a_count_that_rose_from_one_number_to_another_is_no_part():
    text = "Ölənlərin sayı 12-dən 41-ə yüksəlib."
    assert claim_fields(text, "az", ("count", "parent")) == [(12, None), (41, None)]
