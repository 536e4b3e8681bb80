"""What a witness tells of men taken away, in the past: "Qalan yeddi nəfərdən xəbər yox idi"
(there was no word of the other seven) is "xəbər yoxdur" told in the past; "Beşinin də bədəni
göyərmişdi" (their bodies were bruised) tells of a beating; "Biri yeriyə bilmirdi" (one could
not walk) has a verb of its own that names no fate, and counts no one taken. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
TAKEN = "Kənddən on iki kişini apardılar. Axşam onlardan beşini buraxdılar."


def test_no_word_of_the_rest_in_the_past():
    text = f"{TAKEN} Qalan yeddi nəfərdən xəbər yox idi."
    assert claim_fields(text, "az", FIELDS) == [
        ("captured", 12, None),
        ("released", 5, 0),
        ("disappeared", 7, 0),
    ]


def test_bruised_bodies_were_beaten():
    text = f"{TAKEN} Üçünün bədəni göyərmişdi."
    assert claim_fields(text, "az", FIELDS)[-1][:2] == ("tortured", 3)


def test_one_who_could_not_walk_is_no_figure():
    text = "Kənddən on iki kişini apardılar. Biri yeriyə bilmirdi."
    assert claim_fields(text, "az", FIELDS) == [("captured", 12, None)]


def test_near_miss_one_of_them_beaten_is_a_part():
    text = "Kənddən on iki kişini apardılar. Birini dəyənəklə döymüşdülər."
    assert claim_fields(text, "az", FIELDS) == [("captured", 12, None), ("tortured", 1, 0)]


def test_those_same_persons_again_are_the_part_just_counted():
    text = f"{TAKEN} Beşinin də bədəni göyərmişdi."
    assert claim_fields(text, "az", FIELDS)[-1] == ("tortured", 5, 1)


def test_both_of_them_are_the_two_just_counted():
    text = "Kənddən yeddi kişini apardılar. Sonra onlardan ikisini buraxdılar. Hər ikisini döymüşdülər."
    assert claim_fields(text, "az", FIELDS)[-1] == ("tortured", 2, 1)


def test_near_miss_another_number_is_a_part_of_the_whole():
    text = f"{TAKEN} Üçünü də döymüşdülər."
    assert claim_fields(text, "az", FIELDS)[-1] == ("tortured", 3, 0)
