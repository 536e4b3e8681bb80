"""The active "beat" with a bare count ("officers beat six of them") beats persons: tortured,
a part of the whole "them" refers to, not a count left for a verb further off ("let go").
Counts beaten with a noun of their own that names no persons ("beat 3 rivals", "beat back 3
attacks") stay nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_beat_six_of_them():
    text = "Police rounded up 30 men; a witness said officers beat six of them in the yard."
    assert claim_fields(text, "en", FIELDS) == [("detained", 30, None), ("tortured", 6, 0)]


def test_beat_a_bare_count_after_a_release_named_before():
    text = "A woman who was let go on Monday said the guards beat five of them every night."
    assert claim_fields(text, "en", FIELDS) == [("tortured", 5, None)]


def test_near_miss_beating_what_is_no_person():
    assert claim_fields("Our team beat 3 rivals in the final.", "en", FIELDS) == []
    assert claim_fields("The army beat back 3 attacks.", "en", FIELDS) == []
