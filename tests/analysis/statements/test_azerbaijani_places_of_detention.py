"""Azerbaijani "saxlanılma yeri" (a place of detention) names a place: places counted or
visited are no one detained, and the words name no act for another count; persons taken to
or held in one are detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_places_visited_are_no_persons() -> None:
    text = "Monitorinq qrupu il ərzində 86 saxlanılma yerinə baxış keçirib."
    assert claim_fields(text, "az", FIELDS) == []


def test_complaints_about_places_of_detention() -> None:
    text = "Şikayətlərin 37-si saxlanılma yerlərindəki şəraitlə bağlıdır."
    assert claim_fields(text, "az", FIELDS) == []


def test_near_miss_taken_to_a_place_of_detention() -> None:
    text = "Aksiyadan sonra 8 nəfər müvəqqəti saxlanılma yerinə aparılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 8)]
