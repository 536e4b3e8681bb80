"""A Russian "none" said of one group named after «среди» before the word of none, or in the
genitive right after the act's noun, is a zero of that group; two groups joined, or persons of
no group, are everyone. And a "none" of staff after «среди» with two fates before them, in a
humanitarian statement, is a zero of aid workers for each fate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_none_among_journalists():
    assert claim_fields("Раненых среди журналистов нет.", "ru", FIELDS) == [
        ("injured", "journalists", 0)
    ]


def test_none_among_a_group_with_a_time_between():
    text = "Погибших среди сапёров за этот месяц нет."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "deminers", 0)]


def test_none_of_a_group_after_the_act():
    text = "Арестов представителей СМИ не было."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "journalists", 0)]


def test_near_miss_two_groups_joined():
    text = "Раненых среди журналистов и жителей нет."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 0)]


def test_near_miss_residents_are_everyone():
    text = "Погибших среди жителей села нет."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 0)]


def test_none_of_aid_staff_with_two_fates_before():
    text = (
        "Гуманитарная миссия доставила помощь. "
        "Среди погибших и раненых сотрудников гуманитарных миссий нет."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "aid workers", 0),
        ("injured", "aid workers", 0),
    ]


def test_near_miss_staff_of_a_prison():
    text = "Гуманитарная миссия доставила помощь. Среди погибших и раненых сотрудников колонии нет."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 0), ("injured", "all", 0)]


def test_none_of_a_fate_named_before_among_another():
    text = "Вывезены 60 жителей села. Раненых среди вывезенных нет."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))[1] == (
        "injured",
        "all",
        0,
        None,
    )
