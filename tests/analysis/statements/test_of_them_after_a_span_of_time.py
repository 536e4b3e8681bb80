"""A part taken "of them" after a span of time was counted ("Girovlar 19 gün ərzində anbarda
saxlanılıb, onlardan 20-si döyülüb") is a part of the persons, not of the days, as papers or
measures counted before "of them" would take it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Dəstə 34 sakini girov götürüb. Girovlar 19 gün ərzində anbarda saxlanılıb, "
            "onlardan azı 20-si döyülüb.",
            ("captured", 34, "exact", None),
        ),
        (
            "Polis 34 nəfəri saxlayıb. Onlar iki həftə ərzində təcridxanada saxlanılıb, "
            "onlardan azı 20-si döyülüb.",
            ("detained", 34, "exact", None),
        ),
    ],
)
def test_the_part_is_of_the_persons(text, whole):
    assert claim_fields(text, "az", FIELDS) == [whole, ("tortured", 20, "at_least", 0)]


def test_near_miss_a_part_of_complaints_is_no_person():
    text = "Ombudsman 40 şikayət alıb, onlardan 12-si işgəncə ilə bağlıdır."
    assert claim_fields(text, "az", FIELDS) == []
