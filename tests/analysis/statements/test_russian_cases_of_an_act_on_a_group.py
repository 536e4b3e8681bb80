"""Russian cases of an act followed by those it befell, each in the genitive («15 случаев
задержания студентов», «6 случаев похищения детей»), count that group, as "cases of detention
of students" does in English. What follows the act in another case (by whom, where) names no
group. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В марте зафиксировано 15 случаев задержания студентов.", [("detained", "students", 15)]),
        ("Правозащитники подтвердили 6 случаев похищения детей.", [("captured", "children", 6)]),
    ],
)
def test_the_group_after_the_act_is_counted(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: by whom and where, not whom.
        "В марте зафиксировано 15 случаев задержания полицией.",
        "В марте зафиксировано 15 случаев задержания в общежитиях.",
    ],
)
def test_by_whom_or_where_names_no_group(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 15)]
