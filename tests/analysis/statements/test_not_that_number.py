"""A figure given beside the number it replaces ("34 (not 40)", "was 34, not 40", «34 (а не
40)», «34, а не 40», "34 nəfər saxlanılıb (40 deyil)") replaces the earlier figure of that
number and counts what it counted; the replaced number is no claim. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police said 40 people were detained. The right number of detainees is 34 (not 40).",
         "en"),
        ("The first notice said 40 people were detained at the rally. The number detained was "
         "34, not 40.", "en"),
        ("Полиция сообщила о 40 задержанных. Уточнение: задержаны 34 человека (а не 40).", "ru"),
        ("Полиция сообщила о 40 задержанных. Задержанных было 34, а не 40.", "ru"),
        ("Polis 40 nəfərin saxlanıldığını bildirib. Dəqiq rəqəm: 34 nəfər saxlanılıb (40 "
         "deyil).", "az"),
    ],
)  # fmt: skip
def test_the_right_number_replaces_the_wrong_one(text, language):
    assert claim_fields(text, language, FIELDS) == [("detained", "all", 34)]


def test_the_right_number_counts_what_the_wrong_one_counted():
    text = (
        "Our report said that 80 tents burned in the fire. The number of tents burned was 68, "
        "not 80."
    )
    assert claim_fields(text, "en", FIELDS) == [("property_destroyed", "shelters", 68)]


def test_a_number_never_said_before_drops_nothing():
    text = "Rebels abducted 12 drivers. Later 5 (not the whole group) were freed."
    assert [f[2] for f in claim_fields(text, "en", FIELDS)] == [12, 5]
