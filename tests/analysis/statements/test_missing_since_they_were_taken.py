""" "Two monitors have not been heard from since they were stopped at an army checkpoint":
missing since they were taken, said with the verb ("since they were arrested") as with the
noun ("since their arrest"), disappeared. A stop is a taking only at a checkpoint. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_since_they_were_arrested():
    text = "Five activists have been missing since they were arrested on Monday."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 5)]


def test_since_they_were_stopped_at_a_checkpoint():
    text = "Two monitors have not been heard from since they were stopped at an army checkpoint."
    assert claim_fields(text, "en", FIELDS) == [("disappeared", 2)]


def test_near_miss_stopped_by_a_storm():
    text = "Five hikers have been missing since they were stopped by a storm."
    assert claim_fields(text, "en", FIELDS) == [("missing", 5)]


def test_near_miss_since_they_were_seen():
    text = "Four fishermen have been missing since they were seen at the harbour."
    assert claim_fields(text, "en", FIELDS) == [("missing", 4)]
