"""Russian «Среди погибших трое детей» in a sentence of its own: a part of the latest figure
of that fate which it fits in and which is no part of another figure, past a smaller figure
of the fate said of a part («двое из раненых скончались»), past a time of the fate said
before the part («в этом году —»), and past a figure of an earlier period given to compare
(«годом ранее погибли 15»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_past_a_smaller_figure_of_the_fate_said_of_a_part():
    text = (
        "При пожаре в общежитии погибли 23 человека, 60 получили ожоги. "
        "Четверо из пострадавших позже умерли в больнице. Среди погибших пятеро студентов."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 23, None),
        ("injured", "all", 60, None),
        ("killed", "all", 4, 1),
        ("killed", "students", 5, 0),
    ]


def test_past_a_time_of_the_fate_and_an_earlier_period():
    text = (
        "В 2025 году от мин погибли 9 человек; годом ранее погибли 14 человек. "
        "Среди погибших в этом году — двое детей."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 9, None),
        ("killed", "all", 14, None),
        ("killed", "children", 2, 0),
    ]


def test_near_miss_a_part_larger_than_every_figure_of_the_fate():
    text = (
        "При пожаре в общежитии ранены 60 человек. Двое из пострадавших умерли в больнице. "
        "Среди погибших пятеро студентов."
    )
    assert ("killed", "students", 5, None) in claim_fields(text, "ru", FIELDS)
