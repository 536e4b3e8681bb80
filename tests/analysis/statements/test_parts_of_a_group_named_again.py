""" "Gunmen took the men, eleven in all. Four of the men came back. All four had been beaten":
"all four" after a part told just before is that part, whole (its part, no count of its
own). "All" before a number that counts no earlier figure stays as read. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_all_four_are_the_four():
    text = (
        "Gunmen took the men, eleven in all. Four of the men came back. All four had been beaten."
    )
    assert ("tortured", 4, 1) in claim_fields(text, "en", FIELDS)


def test_near_miss_all_of_another_number():
    text = "Gunmen took the men, eleven in all. Four of the men came back. All six were beaten."
    assert ("tortured", 6, None) in claim_fields(text, "en", FIELDS)
