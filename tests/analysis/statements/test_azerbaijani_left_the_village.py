"""Azerbaijani residents who "came out" of the place they lived, named first in the ablative
("Kəndindən 300 sakin çıxıb"), left it: displaced. The bare verb, with no such place, is no
flight. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "place", ["Dağlı kəndindən", "kənddən", "Sarıca qəsəbəsindən", "şəhərdən"]
)  # fmt: skip
def test_residents_who_left_their_place(place):
    text = f"Hakimiyyətin sözlərinə görə, {place} cəmi 380-ə yaxın sakin çıxıb."
    assert claim_fields(text, "az", ("category", "count", "qualifier")) == [
        ("displaced", 380, "about")
    ]


def test_the_part_housed_keeps_them_as_parent():
    text = "Dağlı kəndindən 380 sakin çıxıb, onlardan 95-i məktəbdə yerləşdirilib."
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("displaced", 380, None),
        ("displaced", 95, 0),
    ]


def test_a_witness_tells_it_of_us():
    text = "Səhər açılanda kənddən 40 nəfər çıxdıq."
    assert claim_fields(text, "az", ("category", "count")) == [("displaced", 40)]


def test_near_miss_no_place_left():
    text = "Meydana 380 sakin çıxıb."
    assert claim_fields(text, "az", ("category", "count")) == []


def test_near_miss_going_to_work():
    text = "Səhər şəhərdən 12 nəfər işə gedib."
    assert claim_fields(text, "az", ("category", "count")) == []
