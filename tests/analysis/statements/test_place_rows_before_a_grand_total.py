"""Rows by place, then a grand total («в Озёрном — 22 погибших; в Лесном — 11. Всего погибли
33»): a table written in prose. The rows stand with no whole and the total is its own figure,
as the sealed sets annotate it; a toll given before the rows is what they break down.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В Озёрном погибли 22 человека, в Лесном — 11. Всего погибли 33 человека.", "ru"),
        ("In Ostrov, 22 people died; in Lipa, 11. In total, 33 people were killed.", "en"),
    ],
)
def test_rows_before_a_grand_total_stand_alone(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", 22, None),
        ("killed", 11, None),
        ("killed", 33, None),
    ]


def test_rows_of_two_acts_before_their_totals():
    text = (
        "В Приречном районе — 5 погибших и 12 раненых; в Нагорном — 3 погибших и 9 раненых. "
        "Всего за сутки погибли 8 и ранены 21 человек."
    )
    assert [parent for _c, _n, parent in claim_fields(text, "ru", FIELDS)] == [None] * 6


def test_a_toll_before_its_rows_is_their_whole():
    # Near miss: the toll comes first, and the rows after it break it down.
    text = "За сутки погибли 33 человека. В Озёрном погибли 22 человека, в Лесном — 11."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 33, None),
        ("killed", 22, 0),
        ("killed", 11, 0),
    ]
