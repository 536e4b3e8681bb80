"""An Azerbaijani word of sex before groups named by their jobs and joined by "və" ("30 qadın
müəllim və həkim") is what they all share, the group counted; one job alone keeps its job.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_women_of_two_jobs_are_women():
    text = "Ötən ay 30 qadın müəllim və həkim saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "women", 30)]


def test_women_journalists_and_defenders_are_women():
    text = "Aksiyada 12 qadın jurnalist və hüquq müdafiəçisi həbs edilib."
    assert claim_fields(text, "az", FIELDS) == [("detained", "women", 12)]


def test_one_job_keeps_its_job():
    # Near miss: no second job joined.
    text = "Ötən ay 30 qadın jurnalist saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "journalists", 30)]


def test_two_jobs_with_no_sex_keep_the_first_job():
    # Near miss: no word of sex before the jobs.
    text = "Ötən ay 30 jurnalist və hüquq müdafiəçisi saxlanılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "journalists", 30)]
