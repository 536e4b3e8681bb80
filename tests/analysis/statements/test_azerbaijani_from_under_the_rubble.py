"""Azerbaijani "dağıntılar altında" (under the rubble) says persons are still missing;
"dağıntılar altından" (from under it) says where they were taken out from, no fate of its own.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_bodies_taken_from_under_the_rubble_were_found():
    text = "Dağıntılar altından 6 nəfərin meyiti çıxarılıb."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 6)]


def test_nothing_but_the_place_is_said_of_a_count_taken_from_under_it():
    text = "Xilasedicilər uçqun altından bir qadının və iki uşağın meyitini çıxarıb."
    assert ("missing", 1) not in claim_fields(text, "az", FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Dağıntılar altında hələ 6 nəfər qalır.",
        "Uçqun altındakı 6 nəfərin axtarışı davam edir.",
    ],
)
def test_near_miss_persons_still_under_it_are_missing(text):
    assert claim_fields(text, "az", FIELDS) == [("missing", 6)]
