"""Who speak for the media or work in them («представители СМИ», «сотрудники средств
массовой информации») are journalists. «Ещё N» right after a count that names its group anew
(«двое журналистов погибли, ещё четверо ранены») adds to that count, even where the counts
happen to add up to an earlier whole; after a part of the whole it goes on with the whole's
parts. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "В Заречье задержаны восемь представителей СМИ.",
        "В Заречье задержаны восемь сотрудников СМИ.",
        "В Заречье задержаны восемь работников средств массовой информации.",
    ],
)
def test_media_workers_are_journalists(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", "journalists", 8, None)]


def test_near_miss_representatives_of_others():
    text = "В Заречье задержаны восемь представителей профсоюза."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 8, None)]


def test_another_after_a_group_named_anew_adds_to_it():
    text = (
        "За год арестованы 9 журналистов, трое из них под стражей. Двое журналистов погибли "
        "на фронте, ещё четверо ранены."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("killed", "journalists", 2, None) in claims
    assert ("injured", "journalists", 4, None) in claims


def test_near_miss_another_after_a_part_completes_the_whole():
    text = "Боевики захватили 12 человек. Семеро из них освобождены, ещё пятеро погибли."
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 12, None),
        ("released", "all", 7, 0),
        ("killed", "all", 5, 0),
    ]
