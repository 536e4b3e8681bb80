"""A verb inside a relative clause after a part describes the persons; it is no predicate of
the part, which takes the fate of the whole it is among: "Among the dead were three children
and two nurses who had come to help". A fate named as the object of a verb in "-ing" ("who
were treating the wounded") is whom they treated, not what befell them. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "clause",
    ["who had come to help", "who were treating the injured", "who were treating the wounded"],
)
def test_the_part_takes_the_fate_of_its_whole(clause):
    text = f"A strike killed 17 people. Among the dead were three children and two nurses {clause}."
    assert ("killed", "medical workers", 2, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_a_part_with_a_predicate_of_its_own():
    text = "Police detained 40 people. Of them, nine said they had been beaten."
    assert ("detained", "all", 9, 0) not in claim_fields(text, "en", FIELDS)


def test_near_miss_a_gerund_of_the_subject_itself():
    text = "Seven volunteers were injured while evacuating the wounded."
    assert claim_fields(text, "en", FIELDS) == [("injured", "volunteers", 7, None)]


def test_workers_who_arrived_are_a_part_of_the_dead():
    text = (
        "A strike killed 17 people. Among the dead were three children and two paramedics "
        "who had arrived with the first crew."
    )
    assert ("killed", "medical workers", 2, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_persons_who_arrived_at_a_camp_are_displaced():
    text = "1,200 people arrived in the camp this week."
    assert claim_fields(text, "en", FIELDS) == [("displaced", "all", 1200, None)]
