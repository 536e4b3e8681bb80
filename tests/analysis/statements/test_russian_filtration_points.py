"""Persons who passed through Russian «фильтрационные пункты» (filtration points), as through
filtration camps, were held. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_passed_through_filtration_points_are_held():
    text = "Через фильтрационные пункты прошли не менее 9 тысяч человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 9000)]


def test_near_miss_a_checkpoint_passed_is_no_detention():
    text = "Через пункт пропуска прошли около 9 тысяч человек."
    assert ("detained", 9000) not in claim_fields(text, "ru", FIELDS)
