""" "The fate of the other six remains unknown", after some of persons taken were found or
freed, says the rest disappeared, as "the remaining six" would; "six other men" are more
persons, not the rest. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_other_few_of_the_taken_disappeared():
    text = (
        "Gunmen seized 8 drivers at the crossing. Two of them were released on Friday; "
        "the fate of the other six is still unknown."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("disappeared", 6, 0)


def test_the_other_few_of_the_missing_stay_missing():
    text = (
        "Families reported 8 fishermen missing. Two of them were found alive; "
        "the fate of the other six is still unknown."
    )
    assert claim_fields(text, "en", FIELDS)[-1][0] == "missing"
