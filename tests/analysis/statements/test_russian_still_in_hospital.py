"""Russian persons who remain in hospital («в больнице остаются 12 человек», «остаются в
больницах девятеро») are the hurt, as those admitted to it are. Things a hospital holds
(«в больнице находится 300 коек») are no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("После взрыва в районной больнице остаются 12 человек.", 12),
        ("Остаются в больницах девятеро пострадавших, сообщили медики.", 9),
    ],
)
def test_those_still_in_hospital_are_hurt(text, count):
    assert claim_fields(text, "ru", ("category", "count")) == [("injured", count)]


def test_near_miss_beds_in_a_hospital():
    assert claim_fields("В больнице находится 300 коек.", "ru", ("category", "count")) == []


def test_russian_a_count_named_by_the_act_of_a_part_before_is_of_that_part():
    text = (
        "Ранения получили 40 человек, из них 15 госпитализированы. "
        "Состояние четверых госпитализированных врачи оценивают как тяжёлое."
    )
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("injured", 40, None),
        ("injured", 15, 0),
        ("injured", 4, 1),
    ]


def test_russian_near_miss_a_count_named_by_the_whole_is_no_part_of_the_part():
    text = "Ранения получили 40 человек, из них 15 госпитализированы. Состояние четверых раненых тяжёлое."
    assert claim_fields(text, "ru", ("category", "count", "parent"))[2][2] != 1
