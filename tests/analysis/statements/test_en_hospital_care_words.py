"""English: the words a hospital uses for what it does for the hurt are counts of the injured:
still "in ICU" (intensive care by its initials), having "undergone surgery", having "received
in-patient treatment", and "cut by flying glass" said of persons. The same verbs said of a
body or a committee ("underwent a review", "cut from the committee") count no one. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "as_stated")


def test_a_count_in_icu_is_injured():
    text = "The hospital reported that 14 patients are in ICU after the blast."
    assert claim_fields(text, "en", FIELDS) == [("injured", 14, "14 patients are in ICU")]


def test_a_count_in_the_icu_and_one_operated_on():
    text = "After the fire at the depot, 5 are in the ICU and 12 underwent surgery."
    assert claim_fields(text, "en", FIELDS) == [
        ("injured", 5, "5 are in the ICU"),
        ("injured", 12, "12 underwent surgery"),
    ]


def test_a_count_that_has_undergone_surgery_is_injured():
    text = "After the explosion, 22 people have undergone surgery at the district hospital."
    assert claim_fields(text, "en", FIELDS) == [("injured", 22, "22 people have undergone surgery")]


def test_in_patient_treatment_is_a_part_of_the_injured():
    text = "Nineteen people were injured, of whom 11 received in-patient treatment."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("injured", 19, None),
        ("injured", 11, 0),
    ]


def test_persons_cut_by_flying_glass_are_injured():
    text = "Nine people were cut by flying glass when the windows shattered."
    assert claim_fields(text, "en", FIELDS) == [
        ("injured", 9, "Nine people were cut by flying glass")
    ]


def test_near_miss_a_review_undergone_or_members_cut_count_no_one():
    text = "The commission underwent a review; 3 members of the board were cut from the committee."
    assert claim_fields(text, "en", FIELDS) == []
