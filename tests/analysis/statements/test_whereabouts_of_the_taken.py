"""The whereabouts or fate of persons taken, kept from everyone, is their disappearance:
said of the count with its own participle of taking ("the fate of 9 villagers detained at
the checkpoint remains unknown"), or of persons taken and then named again ("their
whereabouts", "the whereabouts of the six villagers"), in the rest of their sentence or the
next. Persons named by a noun alone, or whose fate is known, are left as they were.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_fate_of_persons_detained_said_after_their_count():
    text = "The fate of 9 villagers detained at the checkpoint on 2 May remains unknown."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 9, None)]


def test_no_information_on_the_whereabouts_of_persons_taken():
    text = (
        "No information has been given on the whereabouts of the 4 students taken from "
        "the campus by plain-clothes men."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 4, None)]


def test_taken_and_the_whereabouts_of_them_named_again_in_the_next_sentence():
    text = (
        "Gunmen took away six villagers from the valley. The whereabouts of the six "
        "villagers have never been established."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 6, None)]


def test_taken_and_their_whereabouts_refused():
    text = (
        "Soldiers took 12 men from the village, and their families have been refused any "
        "information on their whereabouts."
    )
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 12, None)]


def test_near_miss_persons_named_by_a_noun_alone_stay_missing():
    text = "The fate of 30 detainees remains unknown."
    assert claim_fields(text, "en", FIELDS) == [("missing", 30, None)]


def test_near_miss_whereabouts_disclosed():
    text = (
        "Soldiers took 12 men from the village. Their whereabouts were disclosed to their "
        "families a day later."
    )
    assert claim_fields(text, "en", FIELDS) == [("captured", 12, None)]


def test_near_miss_whereabouts_known():
    text = "Police arrested 12 men at the market. Their whereabouts are known to their lawyers."
    assert claim_fields(text, "en", FIELDS) == [("detained", 12, None)]
