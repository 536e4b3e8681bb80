"""Russian «один» in the genitive between two nouns («12 членов одной семьи», «жители одного
села») says whose the first noun is: no count of one family or village; «одного человека»
after a whole of persons is one of them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_members_of_one_family():
    assert _read("При обстреле погибли 9 членов одной семьи.") == [("killed", "all", 9, None)]


def test_near_miss_one_person_of_the_hostages():
    assert _read("Из 15 заложников одного человека убили.") == [
        ("captured", "all", 15, None),
        ("killed", "all", 1, 0),
    ]


def test_near_miss_one_of_them_without_a_noun():
    assert _read("Из заложников одного убили.") == [("killed", "all", 1, None)]
