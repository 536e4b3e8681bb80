"""Russian: a count in the dative right after a verb of telling counts those told
(«рассказали 14 жителям о пытках», «сообщил пятерым родственникам о гибели»), who are
not those who tell, nor those the telling is about. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Бывшие узники лагеря рассказали 14 жителям района о пытках.",
        "Правозащитники подробно рассказали двадцати студентам о побоях в колонии.",
        "Освобождённые сообщили троим журналистам о пытках.",
        "Следователь сообщил пятерым родственникам о гибели их близких.",
        "Бывший заложник рассказал 40 слушателям о побоях в подвале.",
    ],
)
def test_those_told_are_no_figure(text):
    assert claim_fields(text, "ru", FIELDS) == []


def test_those_who_tell_are_counted_beside_those_told():
    text = "Двенадцать бывших заключённых рассказали 30 студентам о пытках."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 12)]


def test_near_miss_a_count_that_tells():
    # In the nominative the count tells, and was tortured as it says.
    text = "Во время визита 14 осуждённых рассказали членам комиссии о пытках."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 14)]
