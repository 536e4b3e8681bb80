"""English: "no" counts a group by its singular ("No lawyer was detained", "no priest was
killed") where the lexicon knows the group by its plural alone, as a number counts it by the
plural ("3 lawyers were detained"). Only groups of persons: "no word since" and "no time"
count nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_no_lawyer_detained_is_a_zero_of_lawyers():
    text = "Police detained 40 people at the rally. No lawyer was detained."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 40),
        ("detained", "lawyers", 0),
    ]


def test_no_priest_killed_is_a_zero_of_clergy():
    text = "No priest was killed in the attack on the monastery."
    assert claim_fields(text, "en", FIELDS) == [("killed", "clergy", 0)]


def test_near_miss_no_word_and_no_time_count_no_one():
    text = "Five men were abducted on Friday. There has been no word since, and no time to search."
    assert [c[2] for c in claim_fields(text, "en", FIELDS)] == [5]


def test_near_miss_no_lawyer_allowed_to_see_them_is_no_figure():
    text = "Police detained 40 people. No lawyer was allowed to see them."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 40)]
