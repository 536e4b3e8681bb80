""" "The militia took away nine boys. Nobody knows where they are.": persons taken of whom the
next sentence, or the rest of their own, says nobody knows where they are (or were taken) have
disappeared, as those "never seen again" have. Where they are is known, or they left of their
own accord, or it is their fate that is unknown: no such reading. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_taken_then_nobody_knows_where_in_the_next_sentence():
    text = "Witnesses say the soldiers took away nine or ten boys. Nobody knows where they are."
    assert [f[0] for f in claim_fields(text, "en", FIELDS)] == ["disappeared"]


def test_taken_then_we_do_not_know_where_they_were_taken():
    text = "The patrol took away six fishermen. We do not know where they were taken."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 6)]


def test_taken_then_we_dont_know_where_they_are():
    text = "The patrol took away six fishermen. Their wives don't know where they are."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 6)]


def test_taken_in_the_passive_then_not_known_where_in_the_same_sentence():
    text = (
        "Four of our teachers were taken by the militia at the gate; "
        "their parents don't know where they are."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 4)]


def test_near_miss_where_they_are_is_known():
    text = "The patrol took away six fishermen. We know where they are: in the district jail."
    assert claim_fields(text, "en", FIELDS) == [("captured", 6)]


def test_near_miss_left_of_their_own_accord():
    text = "Four of our teachers fled to the hills; their parents don't know where they are."
    assert claim_fields(text, "en", FIELDS) == [("displaced", 4)]


def test_near_miss_said_to_be_held_only_not_where():
    text = "The patrol took away six fishermen. Nobody knows where they are kept."
    assert claim_fields(text, "en", FIELDS) == [("captured", 6)]
